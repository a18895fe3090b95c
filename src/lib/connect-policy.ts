// The built page may connect to any http(s) origin until it knows its API (vite.config.ts: the
// build cannot). Once config.json has named it, a second policy allows that origin alone. A
// browser enforces every policy a page has, so this one can only narrow, never widen, the
// <meta> and any header; and a policy, once in force, stays for the page's life.

/** From now on this page may connect to the API at `backendUrl` and nowhere else. */
export function connectOnlyTo(backendUrl: string) {
  // Vite's dev server talks to the page over a WebSocket of its own; tests have no policy to narrow.
  if (import.meta.env.DEV) return;
  const backend = new URL(backendUrl, window.location.href).origin;
  const meta = document.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  meta.content = `connect-src ${backend === window.location.origin ? "'self'" : backend}`;
  document.head.append(meta);
}
