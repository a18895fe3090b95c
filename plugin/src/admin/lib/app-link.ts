// Where the Order payments app lives, as the plugin's admin route answers it: a path on the
// Medusa server (the plugin serves the app under `appPath`) or a URL of its own (`appUrl`).
// A path is resolved against the backend the admin talks to, not the admin's own page, so the
// link stays right when Medusa's admin is hosted apart from the server.

/** The app's page for one order, or null when the plugin has no address for the app. */
export function orderLink(appUrl: string | null, orderId: string, backendBase: string): string | null {
  if (!appUrl) return null;
  const base = appUrl.endsWith("/") ? appUrl : `${appUrl}/`;
  return new URL(`orders/${encodeURIComponent(orderId)}`, new URL(base, backendBase)).href;
}
