// Per-payment figures the client derives itself; order totals come from the server.
import { sumMinor } from "@/lib/money";
import type { Order, Payment } from "./mappers";

export type PaymentState =
  "authorized" | "partially_captured" | "captured" | "partially_refunded" | "refunded" | "canceled";

export function paymentFigures(p: Payment) {
  const captured = sumMinor(p.captures.map((c) => c.amount));
  const refunded = sumMinor(p.refunds.map((r) => r.amount));
  // Exactly captured minus refunded: the server lets one minor unit more through, we do not.
  const refundable = Math.max(0, captured - refunded);
  const capturable = p.canceledAt || p.capturedAt ? 0 : Math.max(0, p.amount - captured);
  let state: PaymentState = "authorized";
  if (p.canceledAt) state = "canceled";
  else if (refunded > 0) state = refunded >= captured ? "refunded" : "partially_refunded";
  else if (captured > 0 || p.capturedAt)
    state = captured >= p.amount || p.capturedAt ? "captured" : "partially_captured";
  return { captured, refunded, refundable, capturable, state };
}

export const allPayments = (order: Order) => order.collections.flatMap((c) => c.payments);

/** The figures of one payment of the order; all zero when the order no longer has it. */
export function figuresOf(order: Order, paymentId: string) {
  const payment = allPayments(order).find((p) => p.id === paymentId);
  return payment
    ? paymentFigures(payment)
    : { captured: 0, refunded: 0, refundable: 0, capturable: 0, state: "canceled" as const };
}

export const refundablePayments = (order: Order) => allPayments(order).filter((p) => paymentFigures(p).refundable > 0);

/** The collection a customer can still pay, if the order has one. */
export const unpaidCollection = (order: Order) => order.collections.find((c) => c.status === "not_paid");

/** Money authorized or requested but not yet captured. */
export function totalPending(order: Order) {
  const uncaptured = sumMinor(allPayments(order).map((p) => paymentFigures(p).capturable));
  const requested = sumMinor(order.collections.filter((c) => c.status === "not_paid").map((c) => c.amount));
  return uncaptured + requested;
}
