// What the widget says about an order's payments, in the words and tones the Order payments app
// uses (src/api/status.ts and the order page's outstanding box in the app), so a merchant reads
// the same thing in Medusa's admin and in the app.
import { amountToMinor } from "./money";

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple";

const statuses: Record<string, { label: string; color: BadgeColor }> = {
  not_paid: { label: "Not paid", color: "orange" },
  awaiting: { label: "Awaiting", color: "orange" },
  authorized: { label: "Authorized", color: "blue" },
  partially_authorized: { label: "Partially authorized", color: "blue" },
  captured: { label: "Captured", color: "green" },
  partially_captured: { label: "Partially captured", color: "blue" },
  partially_refunded: { label: "Partially refunded", color: "grey" },
  refunded: { label: "Refunded", color: "grey" },
  canceled: { label: "Canceled", color: "red" },
  requires_action: { label: "Requires action", color: "red" },
  chargeback: { label: "Chargeback", color: "red" },
};

/** A status this plugin does not know yet (a newer Medusa) is shown as Medusa names it. */
export function paymentStatusBadge(status: string | null | undefined): { label: string; color: BadgeColor } {
  if (!status) return { label: "Unknown", color: "grey" };
  return statuses[status] ?? { label: status.replace(/_/g, " "), color: "grey" };
}

/** The fields of Medusa's admin order the widget reads (the order page loads all of them). */
export type WidgetOrder = {
  id: string;
  status?: string | null;
  currency_code: string;
  payment_status?: string | null;
  summary?: { pending_difference?: number | string | null; raw_pending_difference?: unknown } | null;
};

export type Outstanding = {
  /** What the app shows: > 0 to collect, < 0 to refund. */
  shown: bigint;
  /** Words under the amount, as the app's order page says them. */
  note: string;
};

/**
 * Medusa's pending_difference, read as the app reads it: a canceled order is never collected,
 * so only money owed back to the customer stays outstanding on it.
 */
export function outstandingOf(order: WidgetOrder): Outstanding | null {
  const summary = order.summary;
  if (!summary || summary.pending_difference === undefined || summary.pending_difference === null) return null;
  const pending = amountToMinor(summary.pending_difference, order.currency_code, summary.raw_pending_difference);
  const canceled = order.status === "canceled";
  const shown = canceled && pending > 0n ? 0n : pending;
  if (shown > 0n) return { shown, note: "To collect from the customer." };
  if (shown < 0n) return { shown, note: "To refund to the customer." };
  return { shown, note: canceled ? "Nothing to collect: the order was canceled." : "Nothing is outstanding." };
}
