// The plugin's options for the app it serves, as a store sets them in medusa-config.ts:
//   plugins: [{ resolve: "medusa-order-payments", options: { appPath: "/payments" } }]
// Pure (no Medusa imports), so the checks run in unit tests.

export const PACKAGE_NAME = "medusa-order-payments";

export type AppOptions = {
  /** Where the app answers, e.g. "/payments" (no trailing slash). */
  appPath: string;
  /** A folder holding another build of the app; the copy inside this package when unset. */
  appDir?: string;
  /** The storefront's address, for payment links; the app reads it from the page. */
  storefrontUrl?: string;
  /** Days each provider holds an authorization, by provider id and "default" (the capture queue's expiry). */
  authorizationDays?: Record<string, number>;
};

// Medusa's own prefixes: the app must never hide an API route or Medusa's dashboard.
const RESERVED = ["/admin", "/store", "/auth", "/hooks", "/app", "/health", "/static", "/uploads"];

const fail = (message: string): never => {
  throw new Error(`${PACKAGE_NAME}: ${message}`);
};

/** The options checked and normalised; null when the store turned the app off (appPath: false). */
export function appOptions(options: Record<string, unknown> = {}): AppOptions | null {
  const { appPath = "/payments", appDir, storefrontUrl, authorizationDays } = options;
  if (appPath === false) return null;
  const path = typeof appPath === "string" ? appPath.replace(/\/+$/, "") : appPath;
  // Plain segments that never start with a dot (no "..", no hidden names).
  if (typeof path !== "string" || !/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/.test(path)) {
    return fail(
      `appPath must be a path such as "/payments", or false to turn the app off; got ${JSON.stringify(appPath)}.`,
    );
  }
  const clash = RESERVED.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  if (clash) fail(`appPath "${path}" is under Medusa's own ${clash}; choose another, such as "/payments".`);
  if (appDir !== undefined && (typeof appDir !== "string" || !appDir)) fail("appDir must be a folder path.");
  if (storefrontUrl !== undefined && (typeof storefrontUrl !== "string" || !/^https?:\/\//.test(storefrontUrl))) {
    fail(`storefrontUrl must be an http(s) address; got ${JSON.stringify(storefrontUrl)}.`);
  }
  const days = (d: unknown) => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 365;
  if (
    authorizationDays !== undefined &&
    (typeof authorizationDays !== "object" ||
      authorizationDays === null ||
      !Object.entries(authorizationDays).every(([k, d]) => /^[\w-]{1,100}$/.test(k) && days(d)))
  ) {
    fail(
      `authorizationDays must map provider ids (and "default") to whole days from 1 to 365, such as { default: 7 }; got ${JSON.stringify(authorizationDays)}.`,
    );
  }
  return {
    appPath: path,
    appDir: appDir as string | undefined,
    storefrontUrl: storefrontUrl as string | undefined,
    authorizationDays: authorizationDays as Record<string, number> | undefined,
  };
}

type PluginEntry = string | { resolve?: unknown; options?: Record<string, unknown> };

/** This plugin's options from the store's configuration (its `plugins` list): by package name or a path ending in it. */
export function ownOptions(plugins: readonly PluginEntry[] | undefined): Record<string, unknown> {
  const isOurs = (resolve: unknown) =>
    typeof resolve === "string" &&
    (resolve === PACKAGE_NAME || resolve.replace(/\/+$/, "").endsWith(`/${PACKAGE_NAME}`));
  for (const entry of plugins ?? []) {
    if (typeof entry === "string" ? isOurs(entry) : isOurs(entry.resolve)) {
      return typeof entry === "string" ? {} : (entry.options ?? {});
    }
  }
  return {};
}
