// Runtime settings. A deployed build reads config.json beside index.html, so the
// backend and storefront can change without a rebuild; `npm run dev` falls back to
// VITE_BACKEND_URL / VITE_STOREFRONT_URL, then to Medusa's defaults. Served by the Medusa
// plugin, the page itself says that the API is its own origin (a <meta>), so no file is read
// and the order's request leaves at once.

/**
 * `authorizationDays`: how long each payment provider holds an authorization before it lapses, in
 * days, by provider id, with "default" for the rest (7, as most card authorizations last).
 */
export type AppConfig = {
  backendUrl: string;
  storefrontUrl: string;
  demo: boolean;
  authorizationDays: Record<string, number>;
};

const env = import.meta.env;

let config: AppConfig = {
  backendUrl: env.VITE_BACKEND_URL ?? "http://localhost:9000",
  storefrontUrl: env.VITE_STOREFRONT_URL ?? "",
  demo: env.MODE === "demo",
  authorizationDays: { default: 7 },
};

// Written by the Medusa plugin into the page it serves (plugin/src/serve-app/index-html.ts).
const API_META = "order-payments-api";
const STOREFRONT_META = "order-payments-storefront";
const WINDOWS_META = "order-payments-authorization-days";

const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? undefined;

export async function loadConfig(): Promise<AppConfig> {
  if (config.demo) {
    // The mock answers on the page's own origin; the demo storefront is Medusa's Next.js starter default.
    config = {
      ...config,
      backendUrl: window.location.origin,
      storefrontUrl: env.VITE_STOREFRONT_URL ?? "http://localhost:8000",
    };
    return config;
  }
  if (meta(API_META) === "same-origin") {
    config = {
      ...config,
      backendUrl: window.location.origin,
      storefrontUrl: meta(STOREFRONT_META) ?? "",
      authorizationDays: authorizationDays(readJson(meta(WINDOWS_META))),
    };
    return config;
  }
  try {
    // Same request as the <link rel="preload"> in the built page, so the browser reuses it;
    // relative to the page's <base>, so a build under a path finds its own.
    const res = await fetch("config.json", { credentials: "same-origin" });
    if (res.ok && res.headers.get("content-type")?.includes("json")) {
      const file = (await res.json()) as Partial<AppConfig>;
      config = { ...config, ...pickStrings(file) };
    }
  } catch {
    // No config.json: keep the build-time defaults.
  }
  return config;
}

function pickStrings(file: Partial<AppConfig>) {
  const out: Partial<AppConfig> = {};
  if (typeof file.backendUrl === "string") out.backendUrl = file.backendUrl;
  if (typeof file.storefrontUrl === "string") out.storefrontUrl = file.storefrontUrl;
  out.authorizationDays = authorizationDays(file.authorizationDays);
  return out;
}

function readJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Whole days from 1 to 365 by provider id; anything else is left out, and "default" is 7 unless set. */
export function authorizationDays(value: unknown): Record<string, number> {
  const out: Record<string, number> = { default: 7 };
  if (!value || typeof value !== "object") return out;
  for (const [provider, days] of Object.entries(value)) {
    if (Number.isInteger(days) && days >= 1 && days <= 365 && /^[\w-]{1,100}$/.test(provider)) out[provider] = days;
  }
  return out;
}

export function getConfig(): AppConfig {
  return config;
}

/** For tests: set the configuration directly. */
export function setConfig(next: Partial<AppConfig>) {
  config = { ...config, ...next };
}
