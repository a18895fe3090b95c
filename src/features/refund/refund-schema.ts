import * as z from "zod/mini";
import { amountSchema } from "@/lib/amount-schema";
import { formatMoney } from "@/lib/money";

export const NOTE_MAX = 500;

/**
 * The refund form, bound to each payment's exact refundable amount (captured minus refunded).
 * Its output carries the amount in minor units, read once from the text by the amount schema.
 */
export function refundSchema(limits: Map<string, number>, currency: string) {
  return z.pipe(
    z.object({
      paymentId: z.string().check(z.minLength(1, "Choose the payment to refund.")),
      amount: z.string(),
      reasonId: z.string(),
      note: z.string().check(z.maxLength(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters at most.`)),
    }),
    // The amount's bound depends on the payment chosen, so it is read once the payment is known.
    z.transform((values, ctx) => {
      const max = limits.get(values.paymentId);
      if (max === undefined) {
        // Someone else refunded the rest since the panel opened.
        const message = "This payment has nothing left to refund. Choose another payment.";
        ctx.issues.push({ code: "custom", message, path: ["paymentId"], input: values.paymentId });
        return z.NEVER;
      }
      const read = amountSchema({
        currency,
        max,
        tooMuch: `You can refund at most ${formatMoney(max, currency)}.`,
        nothingLeft: "There is nothing left to refund on this payment.",
      }).safeParse(values.amount);
      if (read.success) return { ...values, amount: read.data };
      for (const { message } of read.error.issues) {
        ctx.issues.push({ code: "custom", message, path: ["amount"], input: values.amount });
      }
      return z.NEVER;
    }),
  );
}

/** What the form holds: the fields as typed. */
export type RefundValues = z.input<ReturnType<typeof refundSchema>>;
/** What a valid form submits: the amount in minor units, the rest as typed. */
export type RefundEntry = z.output<ReturnType<typeof refundSchema>>;
