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

export type PaymentFigures = ReturnType<typeof paymentFigures>;

export const allPayments = (order: Order) => order.collections.flatMap((c) => c.payments);

/**
 * Whether this payment may still be captured from this order. Medusa cancels an order's uncaptured
 * payments but leaves a partly captured one authorized, and accepts a capture on it afterwards:
 * a canceled order, or a canceled collection, takes no new money here.
 */
export function takesNewMoney(order: Order, payment: Payment): boolean {
  if (order.status === "canceled") return false;
  return order.collections.find((c) => c.id === payment.collectionId)?.status !== "canceled";
}

/** A payment's figures within its order: nothing is capturable where the order takes no new money. */
export function figuresInOrder(order: Order, payment: Payment): PaymentFigures & { held: number } {
  const f = paymentFigures(payment);
  if (takesNewMoney(order, payment)) return { ...f, held: 0 };
  // Still authorized at the provider, but never to be captured: shown as held, not as capturable.
  return { ...f, capturable: 0, held: f.capturable };
}

/** The figures of one payment of the order; all zero when the order no longer has it. */
export function figuresOf(order: Order, paymentId: string) {
  const payment = allPayments(order).find((p) => p.id === paymentId);
  return payment
    ? figuresInOrder(order, payment)
    : { captured: 0, refunded: 0, refundable: 0, capturable: 0, held: 0, state: "canceled" as const };
}

export const refundablePayments = (order: Order) => allPayments(order).filter((p) => paymentFigures(p).refundable > 0);

/** The collection a customer can still pay, if the order has one. */
export const unpaidCollection = (order: Order) => order.collections.find((c) => c.status === "not_paid");
