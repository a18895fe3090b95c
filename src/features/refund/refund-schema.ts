import * as z from "zod/mini";
import { amountSchema } from "@/lib/amount-schema";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";
import { noteLength } from "./note-length";

/** The note's limit, in characters as a person counts them (see note-length.ts). */
export const NOTE_MAX = 500;

/**
 * The refund form, bound to each payment's exact refundable amount (captured minus refunded).
 * Its output carries the amount in minor units, read once from the text by the amount schema.
 * `excessOf(amount)` is how much a refund of that amount goes beyond what the customer is owed
 * back (balanceAfter's excess); any excess needs the merchant's tick in `overpayConfirmed`.
 */
export function refundSchema(limits: Map<string, number>, currency: string, excessOf: (amount: number) => number) {
  return z.pipe(
    z.object({
      paymentId: z.string().check(z.minLength(1, t("refund.choosePayment"))),
      amount: z.string(),
      reasonId: z.string(),
      note: z.string(),
      overpayConfirmed: z.boolean(),
    }),
    // The amount's bound depends on the payment chosen, so it is read once the payment is known.
    z.transform((values, ctx) => {
      // Counted as a person counts characters, so a plain length check will not do.
      const noteTooLong = noteLength(values.note) > NOTE_MAX;
      if (noteTooLong) {
        const message = t("refund.noteTooLong", { max: NOTE_MAX });
        ctx.issues.push({ code: "custom", message, path: ["note"], input: values.note });
      }
      const max = limits.get(values.paymentId);
      if (max === undefined) {
        // Someone else refunded the rest since the panel opened.
        const message = t("refund.paymentUsedUp");
        ctx.issues.push({ code: "custom", message, path: ["paymentId"], input: values.paymentId });
        return z.NEVER;
      }
      const read = amountSchema({
        currency,
        max,
        tooMuch: t("refund.tooMuch", { amount: formatMoney(max, currency) }),
        nothingLeft: t("refund.nothingLeft"),
      }).safeParse(values.amount);
      if (!read.success) {
        for (const { message } of read.error.issues) {
          ctx.issues.push({ code: "custom", message, path: ["amount"], input: values.amount });
        }
        return z.NEVER;
      }
      const excess = excessOf(read.data);
      if (excess > 0 && !values.overpayConfirmed) {
        const message = t("refund.tickToConfirm", { amount: formatMoney(excess, currency) });
        ctx.issues.push({ code: "custom", message, path: ["overpayConfirmed"], input: values.overpayConfirmed });
        return z.NEVER;
      }
      return noteTooLong ? z.NEVER : { ...values, amount: read.data };
    }),
  );
}

/** What the form holds: the fields as typed, and whether an overpayment was confirmed. */
export type RefundValues = z.input<ReturnType<typeof refundSchema>>;
/** What a valid form submits: the amount in minor units, the rest as typed. */
export type RefundEntry = z.output<ReturnType<typeof refundSchema>>;
