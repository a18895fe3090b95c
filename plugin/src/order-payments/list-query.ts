// One SQL statement for a page of orders with their payment status, and the number of orders
// that match. Everything is read from Medusa's own tables at the moment of the request, with
// soft-deleted rows left out as Medusa's Query leaves them out, so the answer is never behind.
import { CURRENCY_EPSILONS, DEFAULT_EPSILON } from "./currency-epsilon";
import { LIVE_COLLECTIONS, PAYMENT_STATUS, SCORES } from "./payment-status-sql";
import type { AdminGetOrderPaymentsParamsType } from "./validators";

export type SqlStatement = { sql: string; bindings: unknown[] };

// Whitelisted ORDER BY clauses; ties are broken by id so pages never overlap.
const SORTS: Record<AdminGetOrderPaymentsParamsType["order"], (table: string) => string> = {
  "-created_at": (t) => `${t}.created_at DESC, ${t}.id DESC`,
  created_at: (t) => `${t}.created_at ASC, ${t}.id ASC`,
  "-display_id": (t) => `${t}.display_id DESC, ${t}.id DESC`,
  display_id: (t) => `${t}.display_id ASC, ${t}.id ASC`,
};

const MAX_DISPLAY_ID = 2147483647; // display_id is a PostgreSQL integer

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `#12` means display id 12 only; other text matches a display id, an email or a customer name. */
function searchCondition(q: string, bindings: unknown[]): string {
  const byNumber = /^#?(\d+)$/.exec(q);
  const displayId = byNumber && Number(byNumber[1]) <= MAX_DISPLAY_ID ? Number(byNumber[1]) : null;
  if (q.startsWith("#")) {
    bindings.push(displayId ?? -1);
    return "o.display_id = ?";
  }
  const like = `%${escapeLike(q)}%`;
  bindings.push(displayId ?? -1, like, like, like, like);
  return `(o.display_id = ? OR o.email ILIKE ? OR cu.first_name ILIKE ? OR cu.last_name ILIKE ?
    OR concat_ws(' ', cu.first_name, cu.last_name) ILIKE ?)`;
}

export function orderPaymentsStatement(params: AdminGetOrderPaymentsParamsType): SqlStatement {
  const bindings: unknown[] = [CURRENCY_EPSILONS, DEFAULT_EPSILON];
  const where = ["o.deleted_at IS NULL", "o.is_draft_order = false"];
  if (params.q) where.push(searchCondition(params.q, bindings));
  const statusFilter = params.payment_status?.length ? "WHERE payment_status = ANY(?::text[])" : "";
  if (statusFilter) bindings.push(params.payment_status);
  bindings.push(params.limit, params.offset);

  // One grouped pass over the orders and their collections scores every order; the order's
  // total (in a large jsonb row) is read for the page's rows only.
  const sql = `
    WITH currency_eps AS MATERIALIZED (
      SELECT key AS code, value::numeric AS eps FROM jsonb_each_text(?::jsonb)
    ),
    scored AS (
      SELECT o.id, o.display_id, o.created_at, o.email, o.currency_code, o.version, ${SCORES}
      FROM "order" o
      CROSS JOIN LATERAL (SELECT ?::numeric AS fallback) f
      LEFT JOIN currency_eps ce ON ce.code = upper(o.currency_code)
      CROSS JOIN LATERAL (SELECT coalesce(ce.eps, f.fallback) AS eps) e
      ${LIVE_COLLECTIONS}
      LEFT JOIN customer cu ON cu.id = o.customer_id AND cu.deleted_at IS NULL
      WHERE ${where.join(" AND ")}
      GROUP BY o.id
    ),
    matched AS (
      SELECT * FROM (SELECT s.id, s.display_id, s.created_at, s.email, s.currency_code, s.version,
        ${PAYMENT_STATUS} AS payment_status FROM scored s) statuses
      ${statusFilter}
    ),
    page AS (SELECT * FROM matched ORDER BY ${SORTS[params.order]("matched")} LIMIT ? OFFSET ?)
    SELECT page.id, page.display_id, page.created_at, page.email, page.currency_code, page.payment_status,
      coalesce(sm.totals->'raw_current_order_total'->>'value', sm.totals->>'current_order_total') AS total,
      counted.count
    FROM (SELECT count(*)::int AS count FROM matched) counted
    LEFT JOIN page ON true
    LEFT JOIN order_summary sm ON sm.order_id = page.id AND sm.version = page.version AND sm.deleted_at IS NULL
    ORDER BY ${SORTS[params.order]("page")}`;
  return { sql, bindings };
}
