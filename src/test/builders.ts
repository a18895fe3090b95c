// Domain objects for unit tests: an order holding the given collections, everything else empty.
import type { Order, PaymentCollection } from "@/api/mappers";

export function orderWith(collections: PaymentCollection[], createdAt = "2026-10-01T09:00:00.000Z"): Order {
  return {
    id: "order_1",
    displayId: 1,
    version: 1,
    status: "pending",
    createdAt,
    email: "a@example.com",
    customerName: "",
    currency: "usd",
    paymentStatus: "authorized",
    totals: { items: 0, shipping: 0, tax: 0, discount: 0, creditLines: 0, total: 0 },
    summary: { paidTotal: 0, refundedTotal: 0, transactionTotal: 0, pendingDifference: 0, currentTotal: 0 },
    collections,
  };
}
