// The headers a production server sends with every file of the app (README, "Production
// headers"), in one place for the build's <meta>, `vite preview`, the bench's server and the
// tests. The Medusa plugin carries its own copy (plugin/src/serve-app/headers.ts: a package
// cannot reach into this repository); scripts/security-headers.test.ts keeps the two equal.

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Radix adds a <style> for scroll locking
  "img-src 'self' data:",
  "connect-src %s",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The Content-Security-Policy with `connect` as its connect-src. A header adds frame-ancestors
 * (no store page may frame the app); a <meta> cannot carry it, browsers ignore it there.
 */
export function contentSecurityPolicy(connect, { header = true } = {}) {
  const policy = POLICY.map((directive) => directive.replace("%s", connect));
  return (header ? [...policy, "frame-ancestors 'none'"] : policy).join("; ");
}

/**
 * connect-src for a page at `pageOrigin` whose API is `backendUrl`: the page's own origin when
 * they are one ('self'), else the API's origin and 'self' for config.json, read before the app
 * knows the API (the page then narrows itself to the API alone: src/lib/connect-policy.ts).
 */
export function connectSources(pageOrigin, backendUrl) {
  const backend = new URL(backendUrl, pageOrigin).origin;
  return backend === new URL(pageOrigin).origin ? "'self'" : `'self' ${backend}`;
}

/** Every header, with `connect` as the CSP's connect-src ('self': the API is the page's own origin). */
export function securityHeaders(connect = "'self'") {
  return {
    "Content-Security-Policy": contentSecurityPolicy(connect),
    // Order ids in the address stay on this server.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
}
