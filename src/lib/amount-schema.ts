// The amount field of the capture and refund forms: text as typed, read once into integer minor
// units, and checked against bounds that are exact to the minor unit. What a form submits is
// the schema's output, so no later step parses the text again.
import * as z from "zod/mini";
import { t } from "@/i18n/i18n";
import { formatMoney } from "./money";
import { parseAmountInput } from "./parse-amount";

/**
 * Typed text to minor units, at least `min` (one minor unit unless said otherwise). The first
 * stage of `amountSchema`; alone it reads what the submit button names ("Refund $15.00").
 */
export function minorUnits(currency: string, min = 1) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const parsed = parseAmountInput(text, currency);
      if (parsed.ok && parsed.amount >= min) return parsed.amount;
      const message = !parsed.ok
        ? parsed.error
        : min <= 1
          ? t("money.aboveZero")
          : t("money.atLeast", { amount: formatMoney(min, currency) });
      ctx.issues.push({ code: "custom", message, input: text });
      return z.NEVER;
    }),
  );
}

export type AmountBounds = {
  currency: string;
  /** The most the move may take now, in minor units: what is capturable, refundable. */
  max: number;
  /** The least, in minor units; one minor unit unless said otherwise. */
  min?: number;
  /** The form's words for an amount above `max`, and for a `max` below `min` (nothing left). */
  tooMuch: string;
  nothingLeft: string;
};

/** The amount field of a money move: typed text in, integer minor units within the bounds out. */
export function amountSchema({ currency, max, min = 1, tooMuch, nothingLeft }: AmountBounds) {
  return z.pipe(
    minorUnits(currency, min),
    z.number().check(
      z.superRefine((amount, ctx) => {
        // One message at a time, the most useful first: nothing left says more than "at most $0.00".
        const error = max < min ? nothingLeft : amount > max ? tooMuch : undefined;
        if (error) ctx.addIssue({ code: "custom", message: error, input: amount });
      }),
    ),
  );
}

/** The amount a text reads as, in minor units, or undefined while it reads as none. */
export function typedAmount(text: string, currency: string): number | undefined {
  const read = minorUnits(currency).safeParse(text);
  return read.success ? read.data : undefined;
}
