// What a money move does to the order's outstanding amount, worked out the way Medusa books it,
// so a dialog can show the balance before and after and name any overpayment before it happens.
import type { Order } from "./mappers";

export type BalanceMove = { kind: "capture" | "mark-paid" | "refund"; amount: number };

export type BalanceChange = {
  /** The outstanding amount now: > 0 the customer owes it, < 0 the merchant owes it back. */
  before: number;
  /** The outstanding amount once the move is done. */
  after: number;
  /** How much the move goes beyond the balance: collected above the total, or refunded above what is owed. */
  excess: number;
};

export function balanceAfter(order: Order, { kind, amount }: BalanceMove): BalanceChange {
  const before = order.summary.pendingDifference;
  if (kind === "refund") {
    // Medusa turns what a refund gives beyond the amount owed back into a credit line that lowers
    // the order total, so the balance stops at zero and the rest is a discount to the customer.
    const owed = Math.max(0, -before);
    return { before, after: before + Math.min(amount, owed), excess: Math.max(0, amount - owed) };
  }
  // A capture or a payment marked as paid adds to what the customer has paid.
  const due = Math.max(0, before);
  return { before, after: before - amount, excess: Math.max(0, amount - due) };
}
