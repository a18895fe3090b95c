// The storefront page where a customer pays an outstanding collection. Medusa has no
// endpoint for it; the link is built from the storefront URL setting.

export type PaymentLink = { ok: true; url: string } | { ok: false; error: string };

export function paymentLink(storefrontUrl: string | undefined, collectionId: string, orderId: string): PaymentLink {
  const base = (storefrontUrl ?? "").trim();
  const setting =
    "Set the storefront URL (storefrontUrl in config.json, or VITE_STOREFRONT_URL) to your shop's address";
  if (!base) return { ok: false, error: `No storefront URL is configured. ${setting}.` };
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return {
      ok: false,
      error: `The storefront URL "${base}" is not a web address. ${setting}, such as https://shop.example.com.`,
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, error: `The storefront URL must start with https:// or http://. ${setting}.` };
  }
  const path = `${url.pathname.replace(/\/+$/, "")}/payment-collection/${encodeURIComponent(collectionId)}`;
  const link = new URL(path, url.origin);
  link.searchParams.set("order_id", orderId);
  return { ok: true, url: link.toString() };
}
