// The parts of Medusa's responses the screens read, checked at the boundary.
// Amounts stay as the server sent them here; mappers.ts converts them once.
import * as z from "zod/mini";

const amount = z.number();
const rawAmount = z.nullish(z.object({ value: z.string() }));
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
  note: z.nullish(z.string()),
  created_at: z.nullish(date),
  refund_reason: z.nullish(z.object({ id: z.optional(z.string()), label: z.string() })),
  /** The staff user who refunded (Medusa records the acting user's id). */
  created_by: z.nullish(z.string()),
});

export const captureSchema = z.object({
  id: z.string(),
  amount,
  raw_amount: rawAmount,
  created_at: z.nullish(date),
  /** The staff user who captured, or null (a payment marked as paid records none). */
  created_by: z.nullish(z.string()),
});

export const paymentSchema = z.object({
  id: z.string(),
  amount,
  raw_amount: rawAmount,
  currency_code: z.string(),
  provider_id: z.nullish(z.string()),
  payment_collection_id: z.nullish(z.string()),
  payment_session_id: z.nullish(z.string()),
  created_at: z.nullish(date),
  captured_at: z.nullish(date),
  canceled_at: z.nullish(date),
  captures: z.nullish(z.array(captureSchema)),
  refunds: z.nullish(z.array(refundSchema)),
});

export const collectionSchema = z.object({
  id: z.string(),
  status: z.string(),
  amount,
  raw_amount: rawAmount,
  currency_code: z.nullish(z.string()),
  created_at: z.nullish(date),
  payments: z.nullish(z.array(paymentSchema)),
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
  ) as Record<(typeof summaryKeys)[number], typeof amount> &
    Record<`raw_${(typeof summaryKeys)[number]}`, typeof rawAmount>,
);

// A line of the order. Medusa keeps no refunded quantity per item: returns are what it counts.
export const itemSchema = z.object({
  id: z.string(),
  title: z.string(),
  variant_title: z.nullish(z.string()),
  quantity: z.number(),
  unit_price: amount,
  subtotal: z.nullish(amount),
  detail: z.nullish(
    z.object({
      return_requested_quantity: z.nullish(z.number()),
      return_received_quantity: z.nullish(z.number()),
    }),
  ),
});

export const orderSchema = z.object({
  id: z.string(),
  display_id: z.number(),
  version: z.nullish(z.number()),
  created_at: date,
  email: z.nullish(z.string()),
  currency_code: z.string(),
  // Medusa's order statuses; anything newer reads as an open order rather than failing the page.
  status: z.catch(z.enum(["pending", "completed", "draft", "archived", "canceled", "requires_action"]), "pending"),
  payment_status: paymentStatusSchema,
  total: amount,
  item_total: z.nullish(amount),
  shipping_total: z.nullish(amount),
  tax_total: z.nullish(amount),
  discount_total: z.nullish(amount),
  credit_line_total: z.nullish(amount),
  customer: z.nullish(
    z.object({ first_name: z.nullish(z.string()), last_name: z.nullish(z.string()), email: z.nullish(z.string()) }),
  ),
  summary: summarySchema,
  payment_collections: z.nullish(z.array(collectionSchema)),
  items: z.nullish(z.array(itemSchema)),
  canceled_at: z.nullish(date),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
});

export const orderListItemSchema = z.object({
  id: z.string(),
  display_id: z.number(),
  status: z.string(),
  created_at: date,
  email: z.nullish(z.string()),
  currency_code: z.string(),
  total: amount,
  payment_status: paymentStatusSchema,
  customer: z.nullish(z.object({ first_name: z.nullish(z.string()), last_name: z.nullish(z.string()) })),
  summary: z.nullish(z.object({ pending_difference: z.nullish(amount) })),
});

/** What a list row reads, as Medusa's GET /admin/orders takes it (the plugin's list answers the same). */
export const ORDER_LIST_FIELDS =
  "id,display_id,status,created_at,email,total,currency_code,payment_status," +
  "customer.first_name,customer.last_name,summary.pending_difference";

export type ApiOrder = z.infer<typeof orderSchema>;
export type ApiPayment = z.infer<typeof paymentSchema>;
export type ApiOrderListItem = z.infer<typeof orderListItemSchema>;
