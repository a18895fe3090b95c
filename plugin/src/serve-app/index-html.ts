// The app's index.html as the plugin serves it. The build's <base href="/"> becomes the app's
// path, so its relative asset addresses and its router follow; a <meta> tells the page that the
// API is this very origin, so it neither fetches config.json nor waits for it before asking for
// the order on screen. The page's own Content-Security-Policy is left as built: the plugin's
// header (headers.ts) narrows it, and a browser enforces both.
import type { AppOptions } from "./options";

// The names the app reads (src/lib/config.ts in order-payments-admin).
export const API_META = "order-payments-api";
export const STOREFRONT_META = "order-payments-storefront";
export const WINDOWS_META = "order-payments-authorization-days";

const BASE = /<base href="[^"]*"\s*\/?>/;
const CONFIG_PRELOAD = /<link\b[^>]*\bhref="[^"]*config\.json"[^>]*>\s*/;

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function servedIndexHtml(html: string, { appPath, storefrontUrl, authorizationDays }: AppOptions): string {
  if (!BASE.test(html)) {
    throw new Error("index.html has no <base href>: it is not a build of order-payments-admin (npm run build).");
  }
  const head = [`<base href="${appPath}/" />`, `<meta name="${API_META}" content="same-origin" />`];
  if (storefrontUrl) head.push(`<meta name="${STOREFRONT_META}" content="${attribute(storefrontUrl)}" />`);
  if (authorizationDays) {
    head.push(`<meta name="${WINDOWS_META}" content="${attribute(JSON.stringify(authorizationDays))}" />`);
  }
  return html.replace(BASE, head.join("\n    ")).replace(CONFIG_PRELOAD, "");
}
