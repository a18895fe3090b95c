// One SQL statement for a page of orders with their payment status, and the number of orders
// that match. The status comes from the stored table (kept by triggers, stored-status-sql.ts),
// or, when its triggers are missing, is worked out on read from Medusa's own tables with the
// same rule. Order fields come from the order itself, so the answer is never behind.
import { orderStatusesSql } from "./payment-status-sql";
import { STATUS_TABLE } from "./stored-status-sql";
import type { AdminGetOrderPaymentsParamsType } from "./validators";

export type SqlStatement = { sql: string; bindings: unknown[] };

/** Where the statuses come from: the stored table, or worked out now for every order. */
export type StatusSource = "stored" | "on-read";

// Whitelisted ORDER BY clauses; ties are broken by id so pages never overlap.
const SORTS: Record<AdminGetOrderPaymentsParamsType["order"], (t: string, id: string) => string> = {
  "-created_at": (t, id) => `${t}.created_at DESC, ${t}.${id} DESC`,
  created_at: (t, id) => `${t}.created_at ASC, ${t}.${id} ASC`,
  "-display_id": (t, id) => `${t}.display_id DESC, ${t}.${id} DESC`,
  display_id: (t, id) => `${t}.display_id ASC, ${t}.${id} ASC`,
};

const MAX_DISPLAY_ID = 2147483647; // display_id is a PostgreSQL integer

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `#12` means display id 12 only; other text matches a display id, an email or a customer name. */
function searchCondition(q: string, bindings: unknown[]): string {
  const byNumber = /^#?(\d+)$/.exec(q);
  const displayId = byNumber && Number(byNumber[1]) <= MAX_DISPLAY_ID ? Number(byNumber[1]) : null;
  if (q.startsWith("#")) {
    bindings.push(displayId ?? -1);
    return "s.display_id = ?";
  }
  const like = `%${escapeLike(q)}%`;
  bindings.push(displayId ?? -1, like, like);
  // The full name holds the first and the last name: one pattern match covers all three.
  return `(s.display_id = ? OR o.email ILIKE ? OR concat_ws(' ', cu.first_name, cu.last_name) ILIKE ?)`;
}

export function orderPaymentsStatement(params: AdminGetOrderPaymentsParamsType, source: StatusSource): SqlStatement {
  const where = ["s.listed"];
  const filter: unknown[] = [];
  if (params.payment_status?.length) {
    where.push("s.payment_status = ANY(?::text[])");
    filter.push(params.payment_status);
  }
  const statuses = source === "stored" ? STATUS_TABLE : "statuses";
  // On read, every order's status is worked out once for both the count and the page.
  const ctes = source === "stored" ? [] : [`statuses AS MATERIALIZED (${orderStatusesSql("o.deleted_at IS NULL")})`];
  let matched = `FROM ${statuses} s WHERE ${where.join(" AND ")}`;
  let matchedBindings = filter;
  const cteBindings: unknown[] = [];
  if (params.q?.startsWith("#")) {
    // A display id is in the status table itself: no order or customer to read.
    matched += ` AND ${searchCondition(params.q, filter)}`;
  } else if (params.q) {
    // The pattern match reads every order's email and customer: done once, for the count and the page.
    cteBindings.push(...filter);
    where.push(searchCondition(params.q, cteBindings));
    ctes.push(`matched AS MATERIALIZED (
      SELECT s.order_id, s.payment_status, s.created_at, s.display_id
      FROM ${statuses} s JOIN "order" o ON o.id = s.order_id
      LEFT JOIN customer cu ON cu.id = o.customer_id AND cu.deleted_at IS NULL
      WHERE ${where.join(" AND ")})`);
    matched = "FROM matched s";
    matchedBindings = [];
  }

  const sql = `
    WITH ${[...ctes, ""].join(",\n")} page AS (
      SELECT s.order_id, s.payment_status ${matched}
      ORDER BY ${SORTS[params.order]("s", "order_id")} LIMIT ? OFFSET ?
    )
    SELECT o.id, o.display_id, o.status, o.created_at, o.email, o.currency_code, page.payment_status,
      coalesce(sm.totals->'raw_current_order_total'->>'value', sm.totals->>'current_order_total') AS total,
      coalesce(sm.totals->'raw_pending_difference'->>'value', sm.totals->>'pending_difference') AS pending_difference,
      cu.id AS customer_id, cu.first_name, cu.last_name, counted.count
    FROM (SELECT count(*)::int AS count ${matched}) counted
    LEFT JOIN (page JOIN "order" o ON o.id = page.order_id) ON true
    LEFT JOIN order_summary sm ON sm.order_id = o.id AND sm.version = o.version AND sm.deleted_at IS NULL
    LEFT JOIN customer cu ON cu.id = o.customer_id AND cu.deleted_at IS NULL
    ORDER BY ${SORTS[params.order]("o", "id")}`;
  const bindings = [...cteBindings, ...matchedBindings, params.limit, params.offset, ...matchedBindings];
  return { sql, bindings };
}
