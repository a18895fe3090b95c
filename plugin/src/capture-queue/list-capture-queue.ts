// Runs the capture queue's statement and shapes the answer like Medusa's list routes:
// { payments, count, limit, offset }, amounts as the JSON numbers Medusa's own routes send.
import { BigNumber } from "@medusajs/framework/utils";
import type { RawRunner } from "../order-payments/list-order-payments";
import { captureQueueStatement } from "./queue-query";
import type { AdminGetCaptureQueueParamsType } from "./validators";

type Row = {
  id: string | null;
  provider_id: string;
  currency_code: string;
  amount: string;
  captured_amount: string;
  created_at: Date;
  expires_at: Date;
  order_id: string;
  display_id: number;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  count: number;
};

export type CaptureQueueRow = {
  id: string;
  provider_id: string;
  currency_code: string;
  amount: number;
  captured_amount: number;
  created_at: Date;
  expires_at: Date;
  order: {
    id: string;
    display_id: number;
    email: string | null;
    customer: { first_name: string | null; last_name: string | null } | null;
  };
};

export type CaptureQueuePage = { payments: CaptureQueueRow[]; count: number; limit: number; offset: number };

const toApiAmount = (value: string) => new BigNumber({ value, precision: 20 }).toJSON() as number;

export async function listCaptureQueue(
  db: RawRunner,
  params: AdminGetCaptureQueueParamsType,
): Promise<CaptureQueuePage> {
  const { sql, bindings } = captureQueueStatement(params);
  const { rows } = await db.raw<Row>(sql, bindings);
  // The count row comes back even when the page is empty; then its payment columns are null.
  const payments = rows
    .filter((row): row is Row & { id: string } => row.id !== null)
    .map((row) => ({
      id: row.id,
      provider_id: row.provider_id,
      currency_code: row.currency_code,
      amount: toApiAmount(row.amount),
      captured_amount: toApiAmount(row.captured_amount),
      created_at: row.created_at,
      expires_at: row.expires_at,
      order: {
        id: row.order_id,
        display_id: row.display_id,
        email: row.email,
        customer:
          row.first_name === null && row.last_name === null
            ? null
            : { first_name: row.first_name, last_name: row.last_name },
      },
    }));
  return { payments, count: rows[0]?.count ?? 0, limit: params.limit, offset: params.offset };
}
