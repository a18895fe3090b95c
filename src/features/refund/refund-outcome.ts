// The words for how a refund ended, each saying whether money moved.
import type { MoveOutcome } from "@/api/money-moves";
import { lateWords, moveProblem } from "@/components/ui/move-words";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** The toast once the money moved; `late` when the first answer was unclear. */
export function refundedWords(amount: number, currency: string, late: boolean): string {
  const done = t("refund.refunded", { amount: formatMoney(amount, currency) });
  return late ? `${done} ${lateWords()}` : done;
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
  // A refusal from reading the order first: say that no refund was even sent.
  if (outcome.kind === "refused" && !sent) return t("refund.refusedBeforeSending", { message: outcome.message });
  return moveProblem(outcome, currency, "refunded");
}
