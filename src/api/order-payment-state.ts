// The order's payment status as its payments show it. Medusa works its own (payment_status) out
// per payment collection and scores a collection that is partly captured, or partly refunded, as
// a half: one partly captured and partly refunded collection then reads "refunded" while money is
// still captured or authorized on it. Derived from the same payments the page lists, the header
// cannot contradict the rows below it.
import type { Order, OrderPaymentStatus } from "./mappers";
import { orderBalance } from "./order-balance";
import { allPayments, figuresInOrder } from "./payment-figures";

export type OrderPaymentState = {
  /** What the page shows. */
  status: OrderPaymentStatus;
  /** What Medusa said. */
  server: OrderPaymentStatus;
};

export function orderPaymentState(order: Order): OrderPaymentState {
  const server = order.paymentStatus;
  // A dispute is known only to the server and outranks anything the payments show.
  if (server === "chargeback") return { status: server, server };
  return { status: derive(order), server };
}

function derive(order: Order): OrderPaymentStatus {
  const { requests } = orderBalance(order);
  const asked = new Set(requests.map((r) => r.status));
  // Medusa ranks a bank step first, whatever else the order holds; so does the customer.
  if (asked.has("requires_action")) return "requires_action";

  const payments = allPayments(order);
  const live = payments.filter((p) => !p.canceledAt).map((p) => figuresInOrder(order, p));
  if (live.length === 0) {
    if (asked.has("awaiting")) return "awaiting";
    if (asked.size > 0) return "not_paid";
    const canceled = payments.length > 0 || order.collections.some((c) => c.status === "canceled");
    return canceled ? "canceled" : "not_paid";
  }
  const more = requests.length > 0; // money still asked of the customer
  if (live.some((f) => f.refunded > 0)) {
    return !more && live.every((f) => f.state === "refunded") ? "refunded" : "partially_refunded";
  }
  if (live.some((f) => f.captured > 0 || f.state === "captured")) {
    return !more && live.every((f) => f.state === "captured") ? "captured" : "partially_captured";
  }
  return more ? "partially_authorized" : "authorized";
}
