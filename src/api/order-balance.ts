// The order's outstanding amount (Medusa's pending_difference) taken apart: which money already on
// its way covers it (a payment to capture, a request to the customer), what nothing covers, and
// what lies beyond it. Every figure the order page shows about money still to come is one of these.
import { sumMinor } from "@/lib/money";
import type { Order, PaymentCollection } from "./mappers";
import { allPayments, figuresInOrder } from "./payment-figures";

/** A payment collection the customer has been asked to pay and has not paid yet. */
export type OpenRequest = {
  collectionId: string;
  /** not_paid: a link to send; awaiting: the customer is paying; requires_action: a bank step. */
  status: "not_paid" | "awaiting" | "requires_action" | "partially_authorized";
  /** What is still to come on it: its amount less what its live payments already hold. */
  amount: number;
  since: string | null;
};

export type Cover =
  | { kind: "capture"; amount: number }
  | { kind: "request"; amount: number; request: OpenRequest }
  | { kind: "uncovered"; amount: number };

export type OrderBalance = {
  /** Medusa's figure: > 0 the customer owes it, < 0 the merchant owes it back. */
  outstanding: number;
  /** A canceled order: nothing is collected, whatever Medusa's figure says. */
  canceled: boolean;
  /** What is left to collect from the customer (0 on a canceled order). */
  toCollect: number;
  /** What the merchant owes back. */
  toRefund: number;
  /** Authorized and not captured, and capturable from this page. */
  capturable: number;
  /** Authorized and not captured, but never to be captured: the order or its collection is canceled. */
  held: number;
  requests: OpenRequest[];
  /** What covers `toCollect`, in the order a merchant would use it; the amounts add up to it. */
  covers: Cover[];
  /** Money on its way beyond `toCollect`: collecting it would take more than the order needs. */
  beyond: { capture: number; requests: { amount: number; request: OpenRequest }[] };
};

const REQUEST_STATUSES = new Set<string>(["not_paid", "awaiting", "requires_action", "partially_authorized"]);

function openRequest(c: PaymentCollection): OpenRequest | null {
  if (!REQUEST_STATUSES.has(c.status)) return null;
  const held = sumMinor(c.payments.filter((p) => !p.canceledAt).map((p) => p.amount));
  const amount = c.amount - held;
  if (amount <= 0) return null;
  return { collectionId: c.id, status: c.status as OpenRequest["status"], amount, since: c.createdAt };
}

export function orderBalance(order: Order): OrderBalance {
  const outstanding = order.summary.pendingDifference;
  const canceled = order.status === "canceled";
  const figures = allPayments(order).map((p) => figuresInOrder(order, p));
  const capturable = sumMinor(figures.map((f) => f.capturable));
  const held = sumMinor(figures.map((f) => f.held));
  // A canceled order asks nothing more of the customer, whatever collections it still lists.
  const requests = canceled ? [] : order.collections.flatMap((c) => openRequest(c) ?? []);
  const toCollect = canceled ? 0 : Math.max(0, outstanding);

  // Capturing what the customer already authorized comes first: it needs nothing from them.
  let left = toCollect;
  const covers: Cover[] = [];
  const fromCapture = Math.min(left, capturable);
  if (fromCapture > 0) covers.push({ kind: "capture", amount: fromCapture });
  left -= fromCapture;
  const beyondRequests: OrderBalance["beyond"]["requests"] = [];
  for (const request of requests) {
    const part = Math.min(left, request.amount);
    if (part > 0) covers.push({ kind: "request", amount: part, request });
    if (request.amount > part) beyondRequests.push({ amount: request.amount - part, request });
    left -= part;
  }
  if (left > 0) covers.push({ kind: "uncovered", amount: left });

  return {
    outstanding,
    canceled,
    toCollect,
    toRefund: Math.max(0, -outstanding),
    capturable,
    held,
    requests,
    covers,
    beyond: { capture: capturable - fromCapture, requests: beyondRequests },
  };
}

/** What has been asked of the customer and not paid yet, in all. */
export const requestedTotal = (balance: OrderBalance) => sumMinor(balance.requests.map((r) => r.amount));
