// The app's security headers in Vite: the built page's own policy (a <meta>) and the headers
// `vite preview` sends, which are the README's "Production headers" (scripts/security-headers.mjs).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { connectSources, contentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

/**
 * Built pages forbid inline and foreign scripts (scripts/security-headers.mjs). The build cannot
 * know the API: config.json names it at run time. So the page allows any http(s) origin only
 * until it has read config.json, and then narrows itself to that one (src/lib/connect-policy.ts);
 * a server's header (README, "Production headers") holds it there from the first byte. Not pinned
 * to VITE_BACKEND_URL at build time: an .env kept for `npm run dev` would then silently cut a
 * deployed build off from the API its config.json names.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = contentSecurityPolicy("'self' https: http:", { header: false });
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" },
    ],
  };
}

/**
 * `vite preview` serves a build as production does, with the README's headers: connect-src from
 * the config.json it serves (scripts/medusa-config-json.mjs writes one for the real-server e2e
 * run), read per request as a server would after an edit. A demo build talks to its own origin.
 */
export function productionHeaders(): Plugin {
  return {
    name: "production-headers",
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const page = `http://${req.headers.host ?? "localhost"}`;
        const headers = securityHeaders(connectSources(page, servedBackend(outDir) ?? page));
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** The API a build in `outDir` talks to, as src/lib/config.ts finds it; undefined for the page's own origin. */
function servedBackend(outDir: string): string | undefined {
  if (existsSync(join(outDir, "mockServiceWorker.js"))) return undefined; // the demo
  try {
    const { backendUrl } = JSON.parse(readFileSync(join(outDir, "config.json"), "utf8")) as { backendUrl?: unknown };
    if (typeof backendUrl === "string") return backendUrl;
  } catch {
    // no config.json: the build's default
  }
  return process.env.VITE_BACKEND_URL ?? "http://localhost:9000";
}
