// What the capture dialog starts with and says; kept apart from the form so each stays short.
import type { Payment } from "@/api/mappers";
import type { MoveOutcome } from "@/api/money-moves";
import { moveProblem } from "@/components/ui/move-words";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** Where the amount field starts, and why. */
export type Start =
  | { kind: "capturable"; amount: number }
  /** What the customer still owes is less than what is capturable: capturing all of it would overcharge. */
  | { kind: "settles"; amount: number }
  /** The customer owes nothing: any capture collects more than the order total, so nothing is offered. */
  | { kind: "nothing-owed" };

/** `due`: the order's outstanding amount (undefined while the order is not at hand). */
export function startingAmount(capturable: number, due: number | undefined): Start {
  if (due === undefined || due >= capturable) return { kind: "capturable", amount: capturable };
  if (due > 0) return { kind: "settles", amount: due };
  return { kind: "nothing-owed" };
}

export function captureDescription(capturable: number, start: Start, currency: string): string {
  const left = formatMoney(capturable, currency);
  switch (start.kind) {
    case "capturable":
      return t("capture.descCapturable", { capturable: left });
    case "settles":
      return t("capture.descSettles", { capturable: left, due: formatMoney(start.amount, currency) });
    case "nothing-owed":
      return t("capture.descNothingOwed", { capturable: left });
  }
}

/** Why the dialog offers nothing to capture: the payment was captured in full, or canceled. */
export const nothingLeftWords = (payment: Payment) =>
  payment.canceledAt ? t("capture.nothingLeftCanceled") : t("capture.nothingLeftCaptured");

/** What the dialog says when the capture did not happen, or may not have; nothing for a dropped double submit. */
export const captureProblem = (outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string) =>
  moveProblem(outcome, currency, "captured");
