// The parts of Medusa's responses the screens read, checked at the boundary.
// Amounts stay as the server sent them here; mappers.ts converts them once.
import { z } from "zod";

const amount = z.number();
const rawAmount = z.object({ value: z.string() }).nullish();
const date = z.string();

export const paymentStatusSchema = z.enum([
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
  "chargeback",
]);

export const refundSchema = z.object({
  id: z.string(),
  amount,
  raw_amount: rawAmount,
  note: z.string().nullish(),
  created_at: date.nullish(),
  refund_reason: z.object({ id: z.string().optional(), label: z.string() }).nullish(),
});

export const captureSchema = z.object({
  id: z.string(),
  amount,
  raw_amount: rawAmount,
  created_at: date.nullish(),
});

export const paymentSchema = z.object({
  id: z.string(),
  amount,
  raw_amount: rawAmount,
  currency_code: z.string(),
  provider_id: z.string().nullish(),
  payment_collection_id: z.string().nullish(),
  payment_session_id: z.string().nullish(),
  created_at: date.nullish(),
  captured_at: date.nullish(),
  canceled_at: date.nullish(),
  captures: z.array(captureSchema).nullish(),
  refunds: z.array(refundSchema).nullish(),
});

export const collectionSchema = z.object({
  id: z.string(),
  status: z.string(),
  amount,
  raw_amount: rawAmount,
  currency_code: z.string().nullish(),
  created_at: date.nullish(),
  payments: z.array(paymentSchema).nullish(),
});

const summaryKeys = [
  "paid_total",
  "refunded_total",
  "transaction_total",
  "pending_difference",
  "current_order_total",
  "original_order_total",
] as const;

export const summarySchema = z.object(
  Object.fromEntries(
    summaryKeys.flatMap((k) => [
      [k, amount],
      [`raw_${k}`, rawAmount],
    ]),
  ) as Record<(typeof summaryKeys)[number], typeof amount> & Record<`raw_${(typeof summaryKeys)[number]}`, typeof rawAmount>,
);

export const orderSchema = z.object({
  id: z.string(),
  display_id: z.number(),
  version: z.number().nullish(),
  created_at: date,
  email: z.string().nullish(),
  currency_code: z.string(),
  payment_status: paymentStatusSchema,
  total: amount,
  item_total: amount.nullish(),
  shipping_total: amount.nullish(),
  tax_total: amount.nullish(),
  discount_total: amount.nullish(),
  credit_line_total: amount.nullish(),
  customer: z
    .object({ first_name: z.string().nullish(), last_name: z.string().nullish(), email: z.string().nullish() })
    .nullish(),
  summary: summarySchema,
  payment_collections: z.array(collectionSchema).nullish(),
});

export const orderListItemSchema = z.object({
  id: z.string(),
  display_id: z.number(),
  created_at: date,
  email: z.string().nullish(),
  currency_code: z.string(),
  total: amount,
  payment_status: paymentStatusSchema,
});

export type ApiOrder = z.infer<typeof orderSchema>;
export type ApiPayment = z.infer<typeof paymentSchema>;
export type ApiOrderListItem = z.infer<typeof orderListItemSchema>;
