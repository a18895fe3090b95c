// The query GET /admin/order-payments accepts, validated the way Medusa validates its own list
// routes (validateAndTransformQuery turns a zod error into a 400 invalid_data "Invalid request: ...").
import { z } from "@medusajs/framework/zod";

/** The ten values Medusa 2.21's getLastPaymentStatus can answer for an order. */
export const ORDER_PAYMENT_STATUSES = [
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
] as const;

export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number];

const isPaymentStatus = (value: string): value is OrderPaymentStatus =>
  (ORDER_PAYMENT_STATUSES as readonly string[]).includes(value);

export const ORDER_PAYMENTS_SORTS = ["created_at", "-created_at", "display_id", "-display_id"] as const;

export const ORDER_PAYMENTS_MAX_LIMIT = 100;

// Query strings carry numbers as text; an empty or non-numeric value must fail, not become NaN.
const integer = (fallback: number, max?: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
    (max === undefined ? z.number().int().min(0) : z.number().int().min(0).max(max)).default(fallback),
  );

export const AdminGetOrderPaymentsParams = z
  .object({
    // `payment_status=captured` arrives as a string, `payment_status[]=a&payment_status[]=b` as an array.
    payment_status: z
      .preprocess((value) => (typeof value === "string" ? [value] : value), z.array(z.string()))
      // Medusa's error formatter cannot name a bad array element, so the message does.
      .superRefine((values, ctx) => {
        const unknown = values.filter((value) => !isPaymentStatus(value));
        if (unknown.length) {
          const expected = ORDER_PAYMENT_STATUSES.join(", ");
          ctx.addIssue({
            code: "custom",
            message: `Unknown payment_status '${unknown.join(", ")}', expected: ${expected}`,
          });
        }
      })
      .transform((values) => values.filter(isPaymentStatus))
      .optional(),
    q: z.string().trim().max(200).optional(),
    limit: integer(50, ORDER_PAYMENTS_MAX_LIMIT),
    offset: integer(0),
    order: z.enum(ORDER_PAYMENTS_SORTS).default("-created_at"),
  })
  .strict();

export type AdminGetOrderPaymentsParamsType = z.infer<typeof AdminGetOrderPaymentsParams>;
