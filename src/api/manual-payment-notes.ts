// How a payment recorded here was received (cash, bank transfer, other) and its reference. Medusa
// keeps no such thing on a payment made outside the store (the system provider drops any data),
// so the app keeps it in the order's metadata, one key per payment: Medusa merges metadata keys
// on an update, so one note never overwrites another.
import { t } from "@/i18n/i18n";

export const PAYMENT_METHODS = ["cash", "bank_transfer", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
// Looked up when read, so a switch of language shows at the next render.
export const METHOD_LABELS: Record<PaymentMethod, string> = {
  get cash() {
    return t("order.methodCash");
  },
  get bank_transfer() {
    return t("order.methodBankTransfer");
  },
  get other() {
    return t("order.methodOther");
  },
};

export type ManualPaymentNote = { method: PaymentMethod; reference: string };

const PREFIX = "manual_payment_";
export const noteKey = (paymentId: string) => `${PREFIX}${paymentId}`;

/** The notes in an order's metadata, by payment id; anything not written by this app is left out. */
export function notesFromMetadata(metadata: Record<string, unknown> | null | undefined) {
  const notes: Record<string, ManualPaymentNote> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!key.startsWith(PREFIX) || !value || typeof value !== "object") continue;
    const { method, reference } = value as Record<string, unknown>;
    if (!PAYMENT_METHODS.includes(method as PaymentMethod)) continue;
    notes[key.slice(PREFIX.length)] = {
      method: method as PaymentMethod,
      reference: typeof reference === "string" ? reference : "",
    };
  }
  return notes;
}

/** "Cash, reference Till 2" or "Bank transfer". */
export function noteWords(note: ManualPaymentNote): string {
  const method = METHOD_LABELS[note.method];
  return note.reference ? t("order.methodWithReference", { method, reference: note.reference }) : method;
}
