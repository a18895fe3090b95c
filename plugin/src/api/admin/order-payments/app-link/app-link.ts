// The address of the Order payments app, for links from Medusa's admin (the order page widget).
// The widget runs in the browser and cannot read plugin options; this is what it asks for.
// `appPath` is read by the same code that serves the app (serve-app/options), so a link never
// points where the app is not served.
import { appOptions } from "../../../../serve-app/options";

/**
 * `appUrl` (the app on a host of its own) wins; else the path this plugin serves the app under
 * (`appPath`, "/payments" unless set). Null: no app to link to (`appPath: false`, or an appPath the
 * server refused, so it serves nothing there).
 */
export function appLinkBase(options: Record<string, unknown>): string | null {
  if (typeof options.appUrl === "string" && options.appUrl.trim()) {
    const url = new URL(options.appUrl.trim()); // a typo in the config fails loudly, not as a broken link
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`appUrl must be http(s): ${url}`);
    return url.href.replace(/\/+$/, "");
  }
  try {
    return appOptions(options)?.appPath ?? null;
  } catch {
    return null; // the server logged why and serves no app
  }
}
