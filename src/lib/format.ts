import { t } from "@/i18n/i18n";
import { defaultLocale } from "./money";

const dateTime = new Map<string, Intl.DateTimeFormat>();

function formatter(style: "date" | "datetime") {
  const key = `${defaultLocale()}|${style}`;
  let f = dateTime.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      defaultLocale(),
      style === "date" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" },
    );
    dateTime.set(key, f);
  }
  return f;
}

/** A count in the locale's own digits (١٢ in ar-EG), as the words around it write theirs. */
export const formatCount = (count: number) => new Intl.NumberFormat(defaultLocale()).format(count);

export const formatDate = (iso: string | null | undefined) => (iso ? formatter("date").format(new Date(iso)) : "—");
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? formatter("datetime").format(new Date(iso)) : "—";

const MANUAL = "pp_system_default";

/** "pp_system_default" (Medusa's manual provider) -> "Manual"; "pp_stripe_stripe" -> "Stripe". */
export function providerName(id: string) {
  if (!id) return t("order.providerUnknown");
  if (id === MANUAL) return t("order.providerManual");
  const parts = id.replace(/^pp_/, "").split("_");
  const name = parts[0] ?? id;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * How a payment is called on screen: its provider and the last characters of its id, enough to
 * tell the payments of one order apart ("Manual payment …A1B2C3"); the whole id is in its details.
 */
export function paymentTitle(payment: { provider: string; id: string }) {
  const ref = `…${payment.id.slice(-6)}`;
  if (payment.provider === MANUAL) return t("order.manualPaymentTitle", { ref });
  if (payment.provider) return t("order.providerPaymentTitle", { provider: providerName(payment.provider), ref });
  return t("order.paymentTitle", { ref });
}
