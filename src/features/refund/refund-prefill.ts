// Where the refund form starts, from the order as it is now: each payment's exact limit, what
// the customer is owed back, and the values the fields open with.
import { balanceAfter } from "@/api/balance";
import type { Order } from "@/api/mappers";
import { paymentFigures, refundablePayments } from "@/api/payment-figures";
import { toInputText } from "@/lib/money";
import { loadDraft } from "./refund-draft";
import type { RefundValues } from "./refund-schema";

export function refundPrefill(order: Order) {
  const payments = refundablePayments(order);
  const limits = new Map(payments.map((p) => [p.id, paymentFigures(p).refundable]));
  const owed = order.summary.pendingDifference < 0 ? -order.summary.pendingDifference : 0;
  /** What a payment's amount opens with: all it can refund, or what is owed back when that is less. */
  const amountFor = (id: string) => {
    const max = limits.get(id) ?? 0;
    return toInputText(owed > 0 && owed < max ? owed : max, order.currency);
  };
  /** How much a refund of `amount` goes beyond what the customer is owed back. */
  const excessOf = (amount: number) => balanceAfter(order, { kind: "refund", amount }).excess;
  return { payments, limits, owed, amountFor, excessOf };
}

/**
 * The draft this panel address left for a sign-in, else the entry's own figures: the payment
 * asked for, or (from the Summary) one that covers what is owed back.
 */
export function initialValues(order: Order, address: string, initialPaymentId?: string): RefundValues {
  const { payments, limits, owed, amountFor } = refundPrefill(order);
  const draft = loadDraft(address);
  if (draft && limits.has(draft.paymentId)) return { ...draft, overpayConfirmed: false };
  const id =
    (initialPaymentId && limits.has(initialPaymentId) && initialPaymentId) ||
    payments.find((p) => (limits.get(p.id) ?? 0) >= owed)?.id ||
    payments[0]?.id ||
    "";
  return { paymentId: id, amount: id ? amountFor(id) : "", reasonId: "", note: "", overpayConfirmed: false };
}
