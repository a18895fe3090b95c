// What the "Record payment" dialog says about how a recording ended.
import type { RecordOutcome } from "@/api/record-payment";
import { lateWords, moveProblem } from "@/components/ui/move-words";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

type Recorded = Extract<RecordOutcome, { kind: "recorded" }>;

/** "Recorded $10.00." and, when a step after the payment failed, exactly which one and why. */
export function recordedWords(outcome: Recorded, amount: number, currency: string): string {
  const money = (minor: number) => formatMoney(minor, currency);
  const parts = [t("capture.recorded", { amount: money(amount) })];
  if (outcome.late) parts.push(lateWords());
  if (outcome.note) parts.push(t("capture.noteNotKept", { message: outcome.note }));
  const problem = outcome.request;
  if (problem?.step === "delete") {
    parts.push(t("capture.requestNotChanged", { amount: money(outcome.rest), message: problem.message }));
  } else if (problem?.step === "create") {
    parts.push(t("capture.requestNotCreated", { amount: money(outcome.rest), message: problem.message }));
  }
  return parts.join(" ");
}

/** What the dialog says when nothing was recorded, or it cannot be told yet; nothing for a dropped double click. */
export const recordProblem = (outcome: Exclude<RecordOutcome, { kind: "recorded" }>, currency: string) =>
  moveProblem(outcome, currency, "recorded");
