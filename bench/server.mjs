// A small production-like server: a built app's files (compressed as a CDN would) and the
// mock Medusa Admin API over real HTTP, on one origin. Each API answer carries its own
// handling time in Server-Timing, so the bench can take the server's share out of a figure.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { getResponse } from "msw";
import { securityHeaders } from "../scripts/security-headers.mjs";

// What a production host sends with the app's files (README, "Production headers"). The API is
// this same origin (config.json says so), so the page may connect to 'self' alone.
const SECURITY_HEADERS = securityHeaders("'self'");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg"]);
const API = /^\/(admin|auth)\//;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the build, read and compressed once at start, so serving costs nothing measurable. */
function loadFiles(root) {
  const files = new Map();
  for (const path of walk(root)) {
    const body = readFileSync(path);
    const ext = extname(path);
    const text = TEXT.has(ext);
    files.set(`/${relative(root, path).split(sep).join("/")}`, {
      body,
      type: TYPES[ext] ?? "application/octet-stream",
      gzip: text ? gzipSync(body, { level: 9 }) : null,
      br: text ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      // Vite's hashed assets never change under the same name.
      cache: path.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    });
  }
  return files;
}

function pickEncoding(req, file) {
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (file.br && /\bbr\b/.test(accepted)) return ["br", file.br];
  if (file.gzip && /\bgzip\b/.test(accepted)) return ["gzip", file.gzip];
  return [null, file.body];
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

async function answerApi(req, res, origin, handlers, started) {
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(new URL(req.url, origin), { method: req.method, headers, body });
  const response = (await getResponse(handlers, request)) ?? new Response('{"message":"Not found"}', { status: 404 });
  let payload = Buffer.from(await response.arrayBuffer());
  const out = {};
  response.headers.forEach((value, name) => name !== "set-cookie" && (out[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  if (payload.length > 1024 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    payload = gzipSync(payload);
    out["content-encoding"] = "gzip";
  }
  out["content-length"] = payload.length;
  out["cache-control"] = "no-store";
  out["server-timing"] = `app;dur=${(performance.now() - started).toFixed(2)}`;
  res.writeHead(response.status, out).end(payload);
}

/**
 * Starts a server for one build folder on a free port. `headers` are sent with every file: the
 * production headers unless a caller plays a host that sends none.
 */
export async function serve({ root, handlers, headers: sent = SECURITY_HEADERS }) {
  const files = loadFiles(root);
  let origin = "";
  const server = createServer((req, res) => {
    const started = performance.now();
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return void res.writeHead(400).end(); // a malformed address must not stop the server mid-run
    }
    if (API.test(path)) {
      answerApi(req, res, origin, handlers, started).catch((error) => {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ message: String(error) }));
      });
      return;
    }
    // Any other path without a file is a route of the single-page app.
    const file = files.get(path) ?? (extname(path) ? undefined : files.get("/index.html"));
    if (!file) return void res.writeHead(404).end();
    const [encoding, payload] = pickEncoding(req, file);
    const headers = {
      ...sent,
      "content-type": file.type,
      "content-length": payload.length,
      "cache-control": file.cache,
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : payload);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  // A file known only once the port is (config.json with this origin).
  const put = (path, text) =>
    files.set(path, {
      body: Buffer.from(text),
      type: TYPES[extname(path)],
      gzip: gzipSync(text, { level: 9 }),
      br: brotliCompressSync(text),
      cache: "no-cache",
    });
  const close = () => {
    server.closeAllConnections(); // browsers may still hold keep-alive sockets
    return new Promise((resolve) => server.close(resolve));
  };
  return { origin, files, put, close };
}
