// What the Medusa server does on each write, with its checks and its exact messages
// (see shared/medusa/transcripts). Amounts are minor units.
import {
  findCollection,
  findPayment,
  newId,
  now,
  type DB,
  type MCollection,
  type MItem,
  type MOrder,
  type MOrderChange,
} from "./db";
import { captured, collectionFigures, orderSummary, orderTotals, refunded } from "./totals";

export class MedusaError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Medusa's body for an error it did not expect (a 500). */
export const UNKNOWN_ERROR = { type: "unknown_error", message: "An unknown error occurred." };

const notFound = (message: string) => new MedusaError(404, "not_found", message);
const invalid = (message: string) => new MedusaError(400, "invalid_data", message);
const notAllowed = (message: string) => new MedusaError(400, "not_allowed", message);

export function requireOrder(db: DB, id: string) {
  const order = db.orders.find((o) => o.id === id);
  if (!order) throw notFound(`Order id not found: ${id}`);
  return order;
}

export function requirePayment(db: DB, id: string) {
  const found = findPayment(db, id);
  if (!found) throw notFound(`Payment with id: ${id} was not found`);
  return found;
}

export function requireCollection(db: DB, id: string) {
  const found = findCollection(db, id);
  if (!found) throw notFound(`PaymentCollection id not found: ${id}`); // as 2.21.2 words it (record-payment transcripts)
  return found;
}

export function capturePayment(db: DB, paymentId: string, amount: number | undefined, userId: string | null) {
  const { collection, payment } = requirePayment(db, paymentId);
  if (payment.canceled_at) throw invalid(`The payment: ${payment.id} has been canceled.`);
  // A fully captured payment answers 200 and records nothing, whatever the amount.
  if (payment.captured_at) return payment;
  const requested = amount ?? payment.amount; // no amount means the whole payment, not what is left
  if (requested > payment.amount - captured(payment)) {
    throw invalid("You cannot capture more than the authorized amount substracted by what is already captured.");
  }
  const at = now(db);
  payment.captures.push({ id: newId("capt"), amount: requested, created_at: at, created_by: userId });
  if (captured(payment) >= payment.amount) payment.captured_at = at;
  const figures = collectionFigures(collection);
  if ((figures.captured ?? 0) >= collection.amount) {
    collection.status = "completed";
    collection.completed_at = at;
  }
  return payment;
}

export function refundPayment(
  db: DB,
  paymentId: string,
  body: { amount?: number; note?: string; refund_reason_id?: string },
  userId: string | null,
) {
  const { order, payment } = requirePayment(db, paymentId);
  if (body.amount !== undefined && captured(payment) - refunded(payment) - body.amount < -1) {
    // Medusa's own check lets one minor unit over through; the product must not rely on it.
    throw invalid("You are not allowed to refund more than the captured amount");
  }
  const reason = body.refund_reason_id ? db.reasons.find((r) => r.id === body.refund_reason_id) : null;
  if (body.refund_reason_id && !reason) throw notFound(`RefundReason id not found: ${body.refund_reason_id}`);
  const amount = body.amount ?? payment.amount;
  if (body.amount === undefined && amount > captured(payment) - refunded(payment)) {
    throw invalid("You cannot refund more than what is captured on the payment.");
  }
  const pending = orderSummary(order).pending_difference;
  const at = now(db);
  payment.refunds.push({
    id: newId("ref"),
    amount,
    note: body.note ?? null,
    refund_reason_id: reason?.id ?? null,
    created_at: at,
    created_by: userId,
  });
  // What goes beyond the amount owed back becomes an order credit line, in a new order version.
  const owed = pending < 0 ? -pending : 0;
  const credit = amount > owed ? amount - owed : 0;
  if (credit > 0) {
    nextVersion(db, order, { change_type: "credit_line", confirmed_by: null });
    order.credit_lines.push({
      id: newId("ordcl"),
      amount: credit,
      reference: reason?.label ?? "payment_collection",
      reference_id: reason?.code ?? payment.collection_id,
      version: order.version,
      created_at: at,
    });
  }
  return payment;
}

export function markAsPaid(db: DB, collectionId: string, userId: string | null = null) {
  const { collection } = requireCollection(db, collectionId);
  if (collection.status !== "not_paid") throw notAllowed("Can only mark 'not_paid' payment collection as paid");
  const at = now(db);
  collection.payments.push({
    id: newId("pay"),
    collection_id: collection.id,
    session_id: newId("payses"),
    provider_id: "pp_system_default",
    amount: collection.amount,
    currency_code: collection.currency_code,
    created_at: at,
    captured_at: at,
    canceled_at: null,
    captures: [{ id: newId("capt"), amount: collection.amount, created_at: at, created_by: userId }],
    refunds: [],
  });
  collection.status = "completed";
  collection.completed_at = at;
  return collection;
}

export function createCollection(db: DB, orderId: string, amount: number): MCollection {
  const order = requireOrder(db, orderId);
  const collection: MCollection = {
    id: newId("pay_col"),
    order_id: order.id,
    currency_code: order.currency_code,
    amount,
    status: "not_paid",
    created_at: now(db),
    completed_at: null,
    payments: [],
  };
  order.collections.push(collection);
  return collection;
}

export function deleteCollection(db: DB, collectionId: string) {
  const found = requireCollection(db, collectionId);
  if (found.collection.status !== "not_paid") {
    throw notAllowed("Can only delete payment collections where status is not_paid");
  }
  found.order.collections = found.order.collections.filter((c) => c.id !== collectionId);
}

/**
 * The order moves to its next version. The total it leaves is kept (a read of an earlier version
 * answers it), and the change that opened the version is recorded where there is one.
 */
export function nextVersion(db: DB, order: MOrder, change?: Pick<MOrderChange, "change_type" | "confirmed_by">) {
  const total = orderTotals(order).total;
  order.past_totals[order.version] = total;
  order.version_start_total = total;
  order.version += 1;
  if (!change) return;
  const at = now(db);
  order.changes.push({
    id: newId("ordch"),
    version: order.version,
    status: "confirmed",
    created_at: at,
    confirmed_at: at,
    ...change,
  });
}

/**
 * An order edit, confirmed by `userId`: `edit` changes the items in a new version, and where the
 * customer now owes more, Medusa opens a not_paid collection for the difference by itself.
 */
export function confirmOrderEdit(db: DB, order: MOrder, edit: (items: MItem[]) => void, userId: string | null) {
  const pendingBefore = orderSummary(order).pending_difference;
  nextVersion(db, order, { change_type: "edit", confirmed_by: userId });
  edit(order.items);
  const due = orderSummary(order).pending_difference;
  if (due > 0 && due !== pendingBefore) createCollection(db, order.id, due - Math.max(pendingBefore, 0));
}

/** An order edit that adds an item, confirmed by the store's first user. */
export function confirmEditAddItem(db: DB, order: MOrder, title: string, unitPrice: number, quantity = 1) {
  confirmOrderEdit(
    db,
    order,
    (items) => items.push({ id: newId("ordli"), title, subtitle: null, quantity, unit_price: unitPrice }),
    db.users[0]?.id ?? null,
  );
}

/**
 * POST /admin/orders/:id with `metadata`: keys are merged into what the order has, an empty
 * string removes one; a canceled order takes no update.
 */
export function updateOrderMetadata(db: DB, orderId: string, metadata: Record<string, unknown> | null | undefined) {
  const order = requireOrder(db, orderId);
  if (order.status === "canceled") throw invalid(`Order with id ${order.id} has been canceled.`);
  if (metadata === undefined) return order;
  const merged: Record<string, unknown> = { ...(order.metadata ?? {}) };
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (value === "") delete merged[key];
    else merged[key] = value;
  }
  order.metadata = merged;
  return order;
}
