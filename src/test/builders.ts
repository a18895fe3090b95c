// Domain objects for unit tests: an order holding the given collections, everything else empty,
// and a payment of an amount with some of it captured and refunded.
import type { Order, Payment, PaymentCollection } from "@/api/mappers";

const T0 = "2026-10-01T10:00:00.000Z";

type PaymentParts = { collectionId?: string; captured?: number; refunded?: number; canceled?: boolean };

export function paymentOf(
  amount: number,
  { collectionId = "c1", captured = 0, refunded = 0, canceled = false }: PaymentParts = {},
): Payment {
  return {
    id: `pay_${collectionId}_${amount}_${captured}_${refunded}`,
    collectionId,
    sessionId: null,
    provider: "pp_system_default",
    amount,
    currency: "usd",
    createdAt: T0,
    capturedAt: captured >= amount ? T0 : null,
    canceledAt: canceled ? T0 : null,
    captures: captured ? [{ id: "capt_1", amount: captured, createdAt: T0 }] : [],
    refunds: refunded ? [{ id: "ref_1", amount: refunded, note: null, reason: null, createdAt: T0 }] : [],
  };
}

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
    items: [],
    canceledAt: null,
    manualPayments: {},
  };
}
