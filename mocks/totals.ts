// Order figures computed the way Medusa 2.x computes them on every read.
import type { MCollection, MOrder, MPayment } from "./db";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const captured = (p: MPayment) => sum(p.captures.map((c) => c.amount));
export const refunded = (p: MPayment) => sum(p.refunds.map((r) => r.amount));

export function collectionFigures(c: MCollection) {
  if (c.status === "not_paid") return { authorized: null, captured: null, refunded: null };
  const live = c.payments.filter((p) => !p.canceled_at);
  return {
    authorized: sum(live.map((p) => p.amount)),
    captured: sum(c.payments.map(captured)),
    refunded: sum(c.payments.map(refunded)),
  };
}

export function orderTotals(o: MOrder) {
  const item_total = sum(o.items.map((i) => i.unit_price * i.quantity));
  const subtotal = item_total + o.shipping_total;
  const credit_line_total = sum(o.credit_lines.map((l) => l.amount));
  const total = subtotal + o.tax_total - o.discount_total - credit_line_total;
  return { item_total, subtotal, credit_line_total, total };
}

export function orderSummary(o: MOrder) {
  const { total } = orderTotals(o);
  // Canceled collections count too: a canceled order keeps what it captured and refunded (seen on 2.21.2).
  const payments = o.collections.flatMap((c) => c.payments);
  const paid_total = sum(payments.map(captured));
  const refunded_total = sum(payments.map(refunded));
  const transaction_total = paid_total - refunded_total;
  return {
    paid_total,
    refunded_total,
    accounting_total: total,
    // Medusa's summary counts only the credit lines added in the order's current version.
    credit_line_total: sum(o.credit_lines.filter((l) => l.version === o.version).map((l) => l.amount)),
    transaction_total,
    pending_difference: total - transaction_total,
    current_order_total: total,
    original_order_total: o.version_start_total,
  };
}

/** Medusa's aggregate payment status over the order's collections (one minor unit of tolerance). */
export function paymentStatus(o: MOrder): string {
  const epsilon = 1; // Medusa tolerates one minor unit, whatever the currency
  const tally: Record<string, number> = {};
  const add = (k: string, n: number) => (tally[k] = (tally[k] ?? 0) + n);
  for (const c of o.collections) {
    const f = collectionFigures(c);
    const cap = f.captured ?? 0;
    const ref = f.refunded ?? 0;
    if (cap > 0 || c.amount === 0) add("captured", c.amount - cap <= epsilon ? 1 : 0.5);
    if (ref > 0) add("refunded", c.amount - ref <= epsilon ? 1 : 0.5);
    add(c.status, 1);
  }
  const total = o.collections.length;
  const live = total - (tally.canceled ?? 0);
  const n = (k: string) => tally[k] ?? 0;
  if (n("requires_action") > 0) return "requires_action";
  if (n("refunded") > 0) return n("refunded") === n("captured") ? "refunded" : "partially_refunded";
  if (n("captured") > 0) return n("captured") === live ? "captured" : "partially_captured";
  if (n("authorized") > 0) return n("authorized") === live ? "authorized" : "partially_authorized";
  if (n("canceled") > 0 && n("canceled") === total) return "canceled";
  if (n("awaiting") > 0) return "awaiting";
  return "not_paid";
}
