import * as z from "zod/mini";
import { readAmount } from "@/lib/amount-schema";

export const NOTE_MAX = 500;

/** The refund form, bound to each payment's exact refundable amount (captured minus refunded). */
export function refundSchema(limits: Map<string, number>, currency: string) {
  return z
    .object({
      paymentId: z.string().check(z.minLength(1, "Choose the payment to refund.")),
      amount: z.string(),
      reasonId: z.string(),
      note: z.string().check(z.maxLength(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters at most.`)),
    })
    .check(
      z.superRefine((v, ctx) => {
        const max = limits.get(v.paymentId);
        if (max === undefined && v.paymentId) {
          // Someone else refunded the rest since the panel opened.
          ctx.addIssue({
            code: "custom",
            message: "This payment has nothing left to refund. Choose another payment.",
            path: ["paymentId"],
          });
          return;
        }
        if (max === undefined) return;
        const read = readAmount(v.amount, currency, max, "refund");
        if (!read.ok) ctx.addIssue({ code: "custom", message: read.error, path: ["amount"] });
      }),
    );
}

export type RefundValues = z.infer<ReturnType<typeof refundSchema>>;
