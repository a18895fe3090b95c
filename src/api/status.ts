// One mapping from a payment status to its words and tone, for badges everywhere, and what each
// status means for the merchant in a sentence that names what they can do about it. The words are
// looked up when read (getters), so a switch of language shows at the next render.
import { t, type MessageKey } from "@/i18n/i18n";
import type { OrderPaymentStatus, OrderStatus } from "./mappers";
import type { PaymentState } from "./payment-figures";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const labelled = (key: MessageKey, tone: Tone) => ({
  get label() {
    return t(key);
  },
  tone,
});

export const statusLabels: Record<OrderPaymentStatus | PaymentState, { label: string; tone: Tone }> = {
  not_paid: labelled("order.statusNotPaid", "warning"),
  awaiting: labelled("order.statusAwaiting", "warning"),
  authorized: labelled("order.statusAuthorized", "info"),
  partially_authorized: labelled("order.statusPartiallyAuthorized", "info"),
  captured: labelled("order.statusCaptured", "success"),
  partially_captured: labelled("order.statusPartiallyCaptured", "info"),
  partially_refunded: labelled("order.statusPartiallyRefunded", "neutral"),
  refunded: labelled("order.statusRefunded", "neutral"),
  canceled: labelled("order.statusCanceled", "danger"),
  requires_action: labelled("order.statusRequiresAction", "danger"),
  chargeback: labelled("order.statusChargeback", "danger"),
};

export const filterableStatuses = Object.keys(statusLabels).filter((s) => s !== "chargeback") as OrderPaymentStatus[];

/** Strings read in the language on screen at the moment they are read (getters over `keys`). */
function readWhenShown<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const words = {} as Record<K, string>;
  for (const [name, key] of Object.entries<MessageKey>(keys)) {
    Object.defineProperty(words, name, { get: () => t(key), enumerable: true });
  }
  return words;
}

/** What an order's payment status means, and what the merchant can do about it. */
export const statusMeanings = readWhenShown<OrderPaymentStatus>({
  not_paid: "order.meaningNotPaid",
  awaiting: "order.meaningAwaiting",
  authorized: "order.meaningAuthorized",
  partially_authorized: "order.meaningPartiallyAuthorized",
  captured: "order.meaningCaptured",
  partially_captured: "order.meaningPartiallyCaptured",
  partially_refunded: "order.meaningPartiallyRefunded",
  refunded: "order.meaningRefunded",
  canceled: "order.meaningCanceled",
  requires_action: "order.meaningRequiresAction",
  chargeback: "order.meaningChargeback",
});

const lifecycle = (key: MessageKey, tone: Tone, meaning: MessageKey) => ({
  get label() {
    return t(key);
  },
  tone,
  get meaning() {
    return t(meaning);
  },
});

/**
 * The order's own lifecycle, where it is worth a badge: an open order (pending) needs none.
 * A canceled order takes no new money; what was taken before can still go back.
 */
export const orderStatusLabels: Record<OrderStatus, { label: string; tone: Tone; meaning: string } | null> = {
  pending: null,
  completed: lifecycle("order.lifecycleCompleted", "success", "order.lifecycleRefundPossible"),
  draft: lifecycle("order.lifecycleDraft", "neutral", "order.lifecycleDraftMeaning"),
  archived: lifecycle("order.lifecycleArchived", "neutral", "order.lifecycleRefundPossible"),
  canceled: lifecycle("order.lifecycleCanceled", "danger", "order.lifecycleCanceledMeaning"),
  requires_action: lifecycle("order.lifecycleRequiresAction", "warning", "order.lifecycleRequiresActionMeaning"),
};
