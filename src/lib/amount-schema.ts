// The amount field of the capture and refund forms: a string as typed, checked
// against a limit that is exact to the minor unit.
import { formatMoney } from "./money";
import { parseAmountInput, type ParsedAmount } from "./parse-amount";

/** Reads a typed amount and checks it against what may be moved (`max`, minor units). */
export function readAmount(text: string, currency: string, max: number, verb: string): ParsedAmount {
  const parsed = parseAmountInput(text, currency);
  if (!parsed.ok) return parsed;
  if (parsed.amount <= 0) return { ok: false, error: "Enter an amount above zero." };
  if (max <= 0) return { ok: false, error: `There is nothing left to ${verb} on this payment.` };
  if (parsed.amount > max) return { ok: false, error: `You can ${verb} at most ${formatMoney(max, currency)}.` };
  return parsed;
}

/** What a submit button says: "Refund $15.00" once the amount reads, else just the verb. */
export function amountLabel(verb: string, text: string, currency: string) {
  const parsed = parseAmountInput(text, currency);
  return parsed.ok && parsed.amount > 0 ? `${verb} ${formatMoney(parsed.amount, currency)}` : verb;
}
