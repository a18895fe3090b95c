// One hook per money move: `const outcome = await capture.send({ paymentId, amount, currency })`.
// Each gives the guard of decision 003 (use-money-submit.ts) what its move may take and what
// grows when it is done; the words for the outcome belong to the dialog that asked.
import type { Order } from "./mappers";
import { figuresOf } from "./payment-figures";
import { useCapturePayment, useMarkAsPaid, useRefundPayment, type RefundInput } from "./payments";
import { useMoneySubmit } from "./use-money-submit";

export type { MoveOutcome } from "./use-money-submit";

const paymentIn = (order: Order, paymentId: string) =>
  order.collections.flatMap((c) => c.payments).find((p) => p.id === paymentId);

/** A capture of `amount` minor units from one payment. */
export type CaptureMove = { paymentId: string; amount: number; currency: string };

export function useCaptureMove(orderId: string) {
  const capture = useCapturePayment(orderId);
  return useMoneySubmit<CaptureMove>(orderId, {
    target: ({ paymentId }) => paymentId,
    limit: (order, { paymentId }) => figuresOf(order, paymentId).capturable,
    records: (order, { paymentId }) => paymentIn(order, paymentId)?.captures ?? [],
    request: (input, idempotencyKey) => capture.mutateAsync({ ...input, idempotencyKey }),
  });
}

/** A refund of `amount` minor units to one payment, with an optional reason and note. */
export type RefundMove = Omit<RefundInput, "idempotencyKey">;

export function useRefundMove(orderId: string) {
  const refund = useRefundPayment(orderId);
  return useMoneySubmit<RefundMove>(orderId, {
    target: ({ paymentId }) => paymentId,
    limit: (order, { paymentId }) => figuresOf(order, paymentId).refundable,
    records: (order, { paymentId }) => paymentIn(order, paymentId)?.refunds ?? [],
    request: (input, idempotencyKey) => refund.mutateAsync({ ...input, idempotencyKey }),
  });
}

/** Marking an unpaid collection of `amount` minor units as paid outside the store. */
export type MarkPaidMove = { collectionId: string; amount: number };

export function useMarkPaidMove(orderId: string) {
  const mark = useMarkAsPaid(orderId);
  return useMoneySubmit<MarkPaidMove>(orderId, {
    target: ({ collectionId }) => collectionId,
    // Once paid (or gone), the collection allows nothing more.
    limit: (order, { collectionId, amount }) =>
      order.collections.find((c) => c.id === collectionId)?.status === "not_paid" ? amount : 0,
    // Marking as paid adds a payment of the collection's amount to it.
    records: (order, { collectionId }) => order.collections.find((c) => c.id === collectionId)?.payments ?? [],
    request: ({ collectionId }, idempotencyKey) => mark.mutateAsync({ collectionId, idempotencyKey }),
  });
}
