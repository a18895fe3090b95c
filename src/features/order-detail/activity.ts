// The order's payment history, derived from the order as it was fetched: no extra request.
import { noteWords } from "@/api/manual-payment-notes";
import type { Order } from "@/api/mappers";
import type { OrderEdit } from "@/api/order-edits";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

export type ActivityEvent = {
  id: string;
  at: string;
  title: string;
  /** Absent for an event that moved no money (the order placed or canceled). */
  amount?: number;
  detail?: string;
  /** The staff user's id, where the server recorded who did it. */
  by?: string | null;
  /** A change to what is owed rather than money moved: shown with its sign, "+$25.00". */
  signed?: boolean;
};

export function orderActivity(order: Order): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  for (const c of order.collections) {
    if (c.createdAt && c.createdAt > order.createdAt && c.payments.length === 0 && c.status !== "canceled") {
      events.push({ id: `${c.id}-req`, at: c.createdAt, title: t("order.eventPaymentRequested"), amount: c.amount });
    }
    for (const p of c.payments) {
      const first = p.captures[0];
      // Only where the order itself says so (a payment recorded here keeps its method and reference
      // in the order's metadata). Medusa leaves nothing else that tells Mark as paid from a capture:
      // on 2.21.2 its mark-as-paid captured 349 ms after creating the payment, an API capture right
      // after checkout 355 ms, so a timing rule would call a store's quick captures "marked as paid".
      const markedPaid = Boolean(order.manualPayments[p.id]) && !!first && !!p.createdAt;
      if (markedPaid) {
        events.push({
          id: `${p.id}-paid`,
          at: p.createdAt!,
          title: t("order.eventMarkedPaid"),
          amount: p.amount,
          by: first.by,
        });
      } else {
        if (p.createdAt)
          events.push({ id: `${p.id}-auth`, at: p.createdAt, title: t("order.eventAuthorized"), amount: p.amount });
        for (const cap of p.captures) {
          if (cap.createdAt)
            events.push({
              id: cap.id,
              at: cap.createdAt,
              title: t("order.eventCaptured"),
              amount: cap.amount,
              by: cap.by,
            });
        }
      }
      for (const r of p.refunds) {
        if (!r.createdAt) continue;
        const detail = [
          r.reason ? isolate(r.reason) : t("order.noReasonGiven"),
          r.note && t("order.quotedNote", { note: isolate(r.note) }),
        ]
          .filter(Boolean)
          .join(" · ");
        events.push({
          id: r.id,
          at: r.createdAt,
          title: t("order.eventRefunded"),
          amount: -r.amount,
          detail,
          by: r.by,
        });
      }
      if (p.canceledAt)
        events.push({
          id: `${p.id}-cancel`,
          at: p.canceledAt,
          title: t("order.eventPaymentCanceled"),
          amount: p.amount,
        });
    }
  }
  // How a payment recorded here was received, where the order's metadata keeps it.
  for (const e of events) {
    const note = e.id.endsWith("-paid") ? order.manualPayments[e.id.slice(0, -"-paid".length)] : undefined;
    if (note) e.detail = noteWords(note);
  }
  return events.sort(byTime);
}

const byTime = (a: ActivityEvent, b: ActivityEvent) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** The order's own life around its payments: placed, then canceled where it was. */
export function orderLifecycle(order: Order): ActivityEvent[] {
  const events: ActivityEvent[] = [
    { id: `${order.id}-placed`, at: order.createdAt, title: t("order.eventOrderPlaced") },
  ];
  if (order.canceledAt)
    events.push({ id: `${order.id}-canceled`, at: order.canceledAt, title: t("order.eventOrderCanceled") });
  return events;
}

/** Each order edit, with what it did to the order's total. */
export function editEvents(edits: readonly OrderEdit[], currency: string): ActivityEvent[] {
  const money = (minor: number) => isolate(formatMoney(minor, currency));
  return edits.map((e) => {
    const difference = e.after - e.before;
    return {
      id: e.id,
      at: e.at,
      title: t("order.eventOrderEdited"),
      by: e.by,
      ...(difference === 0
        ? { detail: t("order.totalUnchanged", { total: money(e.after) }) }
        : {
            amount: difference,
            signed: true,
            detail: t("order.totalChanged", { before: money(e.before), after: money(e.after) }),
          }),
    };
  });
}

/** Everything on the timeline, oldest first. */
export const timeline = (order: Order, more: ActivityEvent[] = []) =>
  [...orderLifecycle(order), ...orderActivity(order), ...more].sort(byTime);
