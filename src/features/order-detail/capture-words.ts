// What the capture dialog starts with and says; kept apart from the form so each stays short.
import type { Payment } from "@/api/mappers";
import type { MoveOutcome } from "@/api/money-moves";
import { moveProblem } from "@/components/ui/move-words";
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
  const left = `${formatMoney(capturable, currency)} of this payment is authorized and not yet captured.`;
  const charges = "Capturing charges the customer through the payment provider.";
  switch (start.kind) {
    case "capturable":
      return `${left} ${charges}`;
    case "settles":
      return `${left} The amount starts at ${formatMoney(start.amount, currency)}, what the customer still owes on this order: capturing more collects more than the order total. ${charges}`;
    case "nothing-owed":
      return `${left} Nothing is outstanding on this order, so the amount starts empty: any capture now collects more than the order total. ${charges}`;
  }
}

/** Why the dialog offers nothing to capture: the payment was captured in full, or canceled. */
export const nothingLeftWords = (payment: Payment) =>
  `Nothing is left to capture on this payment: ${payment.canceledAt ? "it was canceled" : "it was captured in full"}.`;

/** What the dialog says when the capture did not happen, or may not have; nothing for a dropped double submit. */
export const captureProblem = (outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string) =>
  moveProblem(outcome, currency, "captured");
