// One mapping from a payment status to its words and tone, for badges everywhere, and what each
// status means for the merchant in a sentence that names what they can do about it.
import type { OrderPaymentStatus, OrderStatus } from "./mappers";
import type { PaymentState } from "./payment-figures";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

export const statusLabels: Record<OrderPaymentStatus | PaymentState, { label: string; tone: Tone }> = {
  not_paid: { label: "Not paid", tone: "warning" },
  awaiting: { label: "Awaiting", tone: "warning" },
  authorized: { label: "Authorized", tone: "info" },
  partially_authorized: { label: "Partially authorized", tone: "info" },
  captured: { label: "Captured", tone: "success" },
  partially_captured: { label: "Partially captured", tone: "info" },
  partially_refunded: { label: "Partially refunded", tone: "neutral" },
  refunded: { label: "Refunded", tone: "neutral" },
  canceled: { label: "Canceled", tone: "danger" },
  requires_action: { label: "Requires action", tone: "danger" },
  chargeback: { label: "Chargeback", tone: "danger" },
};

export const filterableStatuses = Object.keys(statusLabels).filter((s) => s !== "chargeback") as OrderPaymentStatus[];

/** What an order's payment status means, and what the merchant can do about it. */
export const statusMeanings: Record<OrderPaymentStatus, string> = {
  not_paid: "Nothing is paid yet: send the customer the payment link, or mark it as paid when the money arrives.",
  awaiting: "The customer is paying; nothing to do until the payment provider confirms it.",
  authorized: "The money is reserved, not taken: capture the payment to collect it.",
  partially_authorized: "Part of the order is reserved; the customer still has the rest to pay.",
  captured: "The money is collected; a refund starts from the payment's actions.",
  partially_captured: "Part of the money is collected: capture the rest, or collect what is still requested.",
  partially_refunded: "Part of what was collected went back to the customer; the rest can still be refunded.",
  refunded: "Everything collected went back to the customer.",
  canceled: "The payment was canceled before any money was taken.",
  requires_action:
    "The customer must complete a step with their bank, such as 3-D Secure; nothing to do here until they do.",
  chargeback: "The customer disputed the payment with their bank: answer it with your payment provider.",
};

/**
 * The order's own lifecycle, where it is worth a badge: an open order (pending) needs none.
 * A canceled order takes no new money; what was taken before can still go back.
 */
export const orderStatusLabels: Record<OrderStatus, { label: string; tone: Tone; meaning: string } | null> = {
  pending: null,
  completed: { label: "Completed", tone: "success", meaning: "A refund is still possible." },
  draft: { label: "Draft order", tone: "neutral", meaning: "The customer has not placed it yet." },
  archived: { label: "Archived", tone: "neutral", meaning: "A refund is still possible." },
  canceled: {
    label: "Order canceled",
    tone: "danger",
    meaning: "It takes no new payments; captured money can still be refunded.",
  },
  requires_action: {
    label: "Order requires action",
    tone: "warning",
    meaning: "Medusa flags it for a step outside payments; see it in Medusa's admin.",
  },
};
