// One mapping from a payment status to its words and tone, for badges everywhere.
import type { OrderPaymentStatus } from "./mappers";
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
