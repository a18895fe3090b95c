// What the "Record payment" dialog says about how a recording ended.
import type { RecordOutcome } from "@/api/record-payment";
import { LATE_WORDS, moveProblem } from "@/components/ui/move-words";
import { formatMoney } from "@/lib/money";

type Recorded = Extract<RecordOutcome, { kind: "recorded" }>;

/** "Recorded $10.00." and, when a step after the payment failed, exactly which one and why. */
export function recordedWords(outcome: Recorded, amount: number, currency: string): string {
  const money = (minor: number) => formatMoney(minor, currency);
  const parts = [`Recorded ${money(amount)}.`];
  if (outcome.late) parts.push(LATE_WORDS);
  if (outcome.note) parts.push(`Its method and reference could not be kept: ${outcome.note}`);
  const problem = outcome.request;
  if (problem?.step === "delete") {
    parts.push(
      `The open request could not be changed to ${money(outcome.rest)}: ${problem.message} Its payment link still asks for the old amount; do not send it.`,
    );
  } else if (problem?.step === "create") {
    parts.push(
      `The old request was removed, but a new one for the ${money(outcome.rest)} left could not be created: ${problem.message} There is no payment link until one exists.`,
    );
  }
  return parts.join(" ");
}

/** What the dialog says when nothing was recorded, or it cannot be told yet; nothing for a dropped double click. */
export const recordProblem = (outcome: Exclude<RecordOutcome, { kind: "recorded" }>, currency: string) =>
  moveProblem(outcome, currency, "recorded");
