// The storefront page where a customer pays an outstanding collection. Medusa has no
// endpoint for it; the link is built from the storefront URL setting.

import { t } from "@/i18n/i18n";

export type PaymentLink = { ok: true; url: string } | { ok: false; error: string };

export function paymentLink(storefrontUrl: string | undefined, collectionId: string, orderId: string): PaymentLink {
  const base = (storefrontUrl ?? "").trim();
  if (!base) return { ok: false, error: t("order.linkNoStorefront") };
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return { ok: false, error: t("order.linkNotAddress", { url: base }) };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, error: t("order.linkBadScheme") };
  }
  const path = `${url.pathname.replace(/\/+$/, "")}/payment-collection/${encodeURIComponent(collectionId)}`;
  const link = new URL(path, url.origin);
  link.searchParams.set("order_id", orderId);
  return { ok: true, url: link.toString() };
}
