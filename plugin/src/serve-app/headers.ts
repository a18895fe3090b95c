// Headers on every file of the app the plugin serves: the README's "Production headers" for a
// page whose API is its own origin (connect-src 'self'). The built page carries a CSP <meta> that
// allows any API origin until config.json is read, then narrows itself to the API; a browser
// enforces every policy, so this header holds it to this origin from the first byte.
// frame-ancestors works only in a header: no store page may frame the app. The same list as the
// app repository's scripts/security-headers.mjs (a test there compares them).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Radix adds a <style> for scroll locking
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  // Order ids in the address stay on this server.
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
};

// Vite names its output by content hash: a changed file is a new name, so it may be kept for a year.
export const HASHED_FILE = "public, max-age=31536000, immutable";
// The page and unhashed files (favicon): asked again each time, so a new build shows at once.
export const REVALIDATE = "no-cache";
