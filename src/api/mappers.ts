// API shapes to the app's own types. This is the one place decimal amounts
// become integer minor units.
import { fromApi } from "@/lib/money";
import { notesFromMetadata, type ManualPaymentNote } from "./manual-payment-notes";
import type * as z from "zod/mini";
import type { ApiOrder, ApiOrderListItem, ApiPayment, paymentStatusSchema } from "./schemas";

export type OrderPaymentStatus = z.infer<typeof paymentStatusSchema>;

/** `by`: the staff user's id, where Medusa recorded one. */
export type Capture = { id: string; amount: number; createdAt: string | null; by?: string | null };
export type Refund = {
  id: string;
  amount: number;
  note: string | null;
  reason: string | null;
  createdAt: string | null;
  by?: string | null;
};
export type Payment = {
  id: string;
  collectionId: string;
  sessionId: string | null;
  provider: string;
  amount: number;
  currency: string;
  createdAt: string | null;
  capturedAt: string | null;
  canceledAt: string | null;
  captures: Capture[];
  refunds: Refund[];
};
export type PaymentCollection = {
  id: string;
  status: string;
  amount: number;
  createdAt: string | null;
  payments: Payment[];
};
export type OrderItem = {
  id: string;
  title: string;
  variant: string | null;
  quantity: number;
  unitPrice: number;
  /** Unit price times quantity, before tax and discounts, as the server computed it. */
  lineTotal: number;
  returnRequested: number;
  returned: number;
};
export type OrderStatus = ApiOrder["status"];
export type Order = {
  id: string;
  /** The order's own lifecycle (pending = open); a canceled order takes no new money. */
  status: OrderStatus;
  displayId: number;
  version: number;
  createdAt: string;
  email: string;
  customerName: string;
  currency: string;
  paymentStatus: OrderPaymentStatus;
  totals: { items: number; shipping: number; tax: number; discount: number; creditLines: number; total: number };
  summary: {
    paidTotal: number;
    refundedTotal: number;
    transactionTotal: number;
    /** > 0: the customer owes this much; < 0: the merchant owes a refund. */
    pendingDifference: number;
    currentTotal: number;
  };
  collections: PaymentCollection[];
  items: OrderItem[];
  canceledAt: string | null;
  /** How payments recorded in this app were received, by payment id (kept in the order's metadata). */
  manualPayments: Record<string, ManualPaymentNote>;
};
export type OrderListItem = {
  id: string;
  displayId: number;
  createdAt: string;
  email: string;
  total: number;
  currency: string;
  paymentStatus: OrderPaymentStatus;
  /** The customer's name, or "" when the order names none. */
  customer: string;
  /** > 0 to collect, < 0 owed back, null when the server did not say. */
  outstanding: number | null;
  canceled: boolean;
};

export function toPayment(p: ApiPayment, fallbackCurrency?: string): Payment {
  const cur = p.currency_code || fallbackCurrency || "usd";
  return {
    id: p.id,
    collectionId: p.payment_collection_id ?? "",
    sessionId: p.payment_session_id ?? null,
    provider: p.provider_id ?? "",
    amount: fromApi(p.amount, cur, p.raw_amount),
    currency: cur,
    createdAt: p.created_at ?? null,
    capturedAt: p.captured_at ?? null,
    canceledAt: p.canceled_at ?? null,
    captures: (p.captures ?? []).map((c) => ({
      id: c.id,
      amount: fromApi(c.amount, cur, c.raw_amount),
      createdAt: c.created_at ?? null,
      by: c.created_by ?? null,
    })),
    refunds: (p.refunds ?? []).map((r) => ({
      id: r.id,
      amount: fromApi(r.amount, cur, r.raw_amount),
      note: r.note ?? null,
      reason: r.refund_reason?.label ?? null,
      createdAt: r.created_at ?? null,
      by: r.created_by ?? null,
    })),
  };
}

export function toOrder(o: ApiOrder): Order {
  const cur = o.currency_code;
  const m = (value: number | null | undefined, raw?: { value: string } | null) => fromApi(value, cur, raw);
  const s = o.summary;
  const name = [o.customer?.first_name, o.customer?.last_name].filter(Boolean).join(" ");
  return {
    id: o.id,
    displayId: o.display_id,
    version: o.version ?? 0,
    status: o.status,
    createdAt: o.created_at,
    email: o.email ?? o.customer?.email ?? "",
    customerName: name,
    currency: cur,
    paymentStatus: o.payment_status,
    totals: {
      items: m(o.item_total),
      shipping: m(o.shipping_total),
      tax: m(o.tax_total),
      discount: m(o.discount_total),
      creditLines: m(o.credit_line_total),
      total: m(o.total),
    },
    summary: {
      paidTotal: m(s.paid_total, s.raw_paid_total),
      refundedTotal: m(s.refunded_total, s.raw_refunded_total),
      transactionTotal: m(s.transaction_total, s.raw_transaction_total),
      pendingDifference: m(s.pending_difference, s.raw_pending_difference),
      currentTotal: m(s.current_order_total, s.raw_current_order_total),
    },
    collections: (o.payment_collections ?? []).map((c) => ({
      id: c.id,
      status: c.status,
      amount: m(c.amount, c.raw_amount),
      createdAt: c.created_at ?? null,
      payments: (c.payments ?? []).map((p) => ({
        ...toPayment(p, cur),
        collectionId: p.payment_collection_id ?? c.id,
      })),
    })),
    items: (o.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      variant: i.variant_title || null,
      quantity: i.quantity,
      unitPrice: m(i.unit_price),
      lineTotal: i.subtotal == null ? m(i.unit_price) * i.quantity : m(i.subtotal),
      returnRequested: i.detail?.return_requested_quantity ?? 0,
      returned: i.detail?.return_received_quantity ?? 0,
    })),
    canceledAt: o.canceled_at ?? null,
    manualPayments: notesFromMetadata(o.metadata),
  };
}

export function toOrderListItem(o: ApiOrderListItem): OrderListItem {
  return {
    id: o.id,
    displayId: o.display_id,
    createdAt: o.created_at,
    email: o.email ?? "",
    total: fromApi(o.total, o.currency_code),
    currency: o.currency_code,
    paymentStatus: o.payment_status,
    customer: [o.customer?.first_name, o.customer?.last_name].filter(Boolean).join(" "),
    outstanding: o.summary?.pending_difference == null ? null : fromApi(o.summary.pending_difference, o.currency_code),
    canceled: o.status === "canceled",
  };
}
