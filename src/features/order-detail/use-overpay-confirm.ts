import { useState } from "react";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** The sentence that names how far a move goes beyond what the customer owes. */
export const overpayWarning = (excess: number, currency: string) =>
  t("order.overpayWarning", { amount: isolate(formatMoney(excess, currency)) });

/**
 * The second, explicit yes a move needs when it collects more than the order total. A tick
 * holds only for the excess it was given for, so a new amount, or an order that changed
 * underneath the dialog, asks again.
 */
export type OverpayConfirmState = ReturnType<typeof useOverpayConfirm>;

export function useOverpayConfirm(excess: number) {
  const [tickedFor, setTickedFor] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  return {
    checked: excess > 0 && tickedFor === excess,
    error,
    onChange(on: boolean) {
      setTickedFor(on ? excess : null);
      if (on) setError(undefined);
    },
    /** The amount changed: whatever was ticked was for another amount. */
    reset() {
      setTickedFor(null);
      setError(undefined);
    },
    /** Whether a move with this excess may go; if not, `message` shows beside the checkbox. */
    allows(excessNow: number, message: string) {
      if (excessNow <= 0 || tickedFor === excessNow) return true;
      setError(message);
      return false;
    },
  };
}
