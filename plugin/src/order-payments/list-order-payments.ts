// Runs the list statement on Medusa's own PostgreSQL connection and shapes the answer like
// Medusa's list routes: { orders, count, limit, offset }.
import { BigNumber } from "@medusajs/framework/utils";
import { orderPaymentsStatement } from "./list-query";
import type { AdminGetOrderPaymentsParamsType, OrderPaymentStatus } from "./validators";

/** The part of Knex this needs (Medusa registers its Knex instance as PG_CONNECTION). */
export type RawRunner = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Row[] }> };

type Row = {
  id: string | null;
  display_id: number;
  created_at: Date;
  email: string | null;
  currency_code: string;
  total: string | null;
  payment_status: OrderPaymentStatus;
  count: number;
};

export type OrderPaymentsRow = Omit<Row, "count" | "total"> & { total: number | null };

export type OrderPaymentsPage = { orders: OrderPaymentsRow[]; count: number; limit: number; offset: number };

// Medusa's own BigNumber turns the stored decimal into the JSON number GET /admin/orders sends
// (same rounding, and its tiny-value-is-zero rule).
const toApiAmount = (value: string | null) =>
  value === null ? null : (new BigNumber({ value, precision: 20 }).toJSON() as number);

export async function listOrderPayments(
  db: RawRunner,
  params: AdminGetOrderPaymentsParamsType,
): Promise<OrderPaymentsPage> {
  const { sql, bindings } = orderPaymentsStatement(params);
  const { rows } = await db.raw(sql, bindings);
  // The count row comes back even when the page is empty; then its order columns are null.
  const orders = rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      id: row.id,
      display_id: row.display_id,
      created_at: row.created_at,
      email: row.email,
      currency_code: row.currency_code,
      total: toApiAmount(row.total),
      payment_status: row.payment_status,
    }));
  return { orders, count: rows[0]?.count ?? 0, limit: params.limit, offset: params.offset };
}
