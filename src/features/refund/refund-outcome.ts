// The words for how a refund ended, each saying whether money moved.
import type { MoveOutcome } from "@/api/money-moves";
import { formatMoney } from "@/lib/money";

/** The toast once the money moved; `late` when the server's reply was lost or unreadable. */
export function refundedWords(amount: number, currency: string, late: boolean): string {
  const money = formatMoney(amount, currency);
  return late
    ? `The refund of ${money} went through, but the server's reply was lost or unreadable.`
    : `Refunded ${money}.`;
}

/**
 * What the form says when the refund did not happen, or may not have; nothing for a dropped
 * double submit. `sent`: whether the refund request itself went out (a refusal can also come
 * from reading the order just before, when nothing was sent).
 */
export function refundProblem(
  outcome: Exclude<MoveOutcome, { kind: "done" }>,
  currency: string,
  sent: boolean,
): string | undefined {
  switch (outcome.kind) {
    case "refused":
      // Medusa's words alone ("An unknown error occurred.") leave the merchant guessing whether money moved.
      return sent
        ? `Nothing was refunded. The server said: ${outcome.message}`
        : `Nothing was refunded: the order could not be checked before sending, so no refund was sent. ${outcome.message}`;
    case "changed":
      return `This order changed since the form opened: now at most ${formatMoney(outcome.limit, currency)} can be refunded. Check the amount.`;
    case "not-moved":
      return "The connection dropped before the server answered. The order shows nothing was refunded, so it is safe to try again.";
    case "unknown":
      return "The connection dropped and the order could not be checked. Reload the order to see whether the money moved before trying again.";
    case "duplicate":
      return undefined;
  }
}
