// Runs the list statement on Medusa's own PostgreSQL connection and shapes the answer like
// Medusa's list routes: { orders, count, limit, offset }.
import { BigNumber } from "@medusajs/framework/utils";
import { orderPaymentsStatement, type StatusSource } from "./list-query";
import { STATUS_TRIGGERS } from "./stored-status-sql";
import type { AdminGetOrderPaymentsParamsType, OrderPaymentStatus } from "./validators";

/** The part of Knex this needs (Medusa registers its Knex instance as PG_CONNECTION). */
export type RawRunner = { raw: <T = Row>(sql: string, bindings: unknown[]) => Promise<{ rows: T[] }> };

type Row = {
  id: string | null;
  display_id: number;
  status: string;
  created_at: Date;
  email: string | null;
  currency_code: string;
  total: string | null;
  pending_difference: string | null;
  customer_id: string | null;
  first_name: string | null;
  last_name: string | null;
  payment_status: OrderPaymentStatus;
  count: number;
};

/**
 * A row: the order's own fields, its customer's name and its outstanding amount in the shapes
 * GET /admin/orders gives them (`customer`, `summary.pending_difference`), so one reader fits both.
 */
export type OrderPaymentsRow = Pick<Row, "id" | "display_id" | "status" | "created_at" | "email" | "currency_code"> & {
  total: number | null;
  payment_status: OrderPaymentStatus;
  customer: { id: string; first_name: string | null; last_name: string | null } | null;
  summary: { pending_difference: number | null };
};

export type OrderPaymentsPage = { orders: OrderPaymentsRow[]; count: number; limit: number; offset: number };

// Medusa's own BigNumber turns the stored decimal into the JSON number GET /admin/orders sends
// (same rounding, and its tiny-value-is-zero rule).
const toApiAmount = (value: string | null) =>
  value === null ? null : (new BigNumber({ value, precision: 20 }).toJSON() as number);

// The stored status is only as good as its triggers: a store where they were dropped (a link
// table re-created by a Medusa upgrade, a restore without triggers) or disabled gets the status
// worked out on read, slower but never stale.
const TRIGGERS_SQL = `SELECT count(*)::int AS enabled FROM pg_trigger
  WHERE tgname = ANY(?::text[]) AND NOT tgisinternal AND tgenabled <> 'D'`;

export async function statusSource(db: RawRunner): Promise<StatusSource> {
  const { rows } = await db.raw<{ enabled: number }>(TRIGGERS_SQL, [STATUS_TRIGGERS]);
  return rows[0]?.enabled === STATUS_TRIGGERS.length ? "stored" : "on-read";
}

export async function listOrderPayments(
  db: RawRunner,
  params: AdminGetOrderPaymentsParamsType,
  source: StatusSource,
): Promise<OrderPaymentsPage> {
  const { sql, bindings } = orderPaymentsStatement(params, source);
  const { rows } = await db.raw(sql, bindings);
  // The count row comes back even when the page is empty; then its order columns are null.
  const orders: OrderPaymentsRow[] = rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      id: row.id,
      display_id: row.display_id,
      status: row.status,
      created_at: row.created_at,
      email: row.email,
      currency_code: row.currency_code,
      total: toApiAmount(row.total),
      payment_status: row.payment_status,
      customer: row.customer_id ? { id: row.customer_id, first_name: row.first_name, last_name: row.last_name } : null,
      summary: { pending_difference: toApiAmount(row.pending_difference) },
    }));
  return { orders, count: rows[0]?.count ?? 0, limit: params.limit, offset: params.offset };
}
