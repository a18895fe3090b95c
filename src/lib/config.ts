// Runtime settings. A deployed build reads /config.json beside index.html, so the
// backend and storefront can change without a rebuild; `npm run dev` falls back to
// VITE_BACKEND_URL / VITE_STOREFRONT_URL, then to Medusa's defaults.

export type AppConfig = { backendUrl: string; storefrontUrl: string; demo: boolean };

const env = import.meta.env;

let config: AppConfig = {
  backendUrl: env.VITE_BACKEND_URL ?? "http://localhost:9000",
  storefrontUrl: env.VITE_STOREFRONT_URL ?? "",
  demo: env.MODE === "demo",
};

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
  try {
    // Same request as the <link rel="preload"> in the built page, so the browser reuses it.
    const res = await fetch("/config.json", { credentials: "same-origin" });
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
  return out;
}

export function getConfig(): AppConfig {
  return config;
}

/** For tests: set the configuration directly. */
export function setConfig(next: Partial<AppConfig>) {
  config = { ...config, ...next };
}
