// The production build as a merchant's host serves it: built here (it carries no mock), served
// by the bench's server with the headers the README lists, and the mock Medusa answering over
// HTTP as a real one would. The page must work, and reach no origin but its API's. Independent of
// the suite's backend: it brings its own.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { build, runnerImport } from "vite";
import { serve } from "../bench/server.mjs";
import type * as Mock from "../mocks/handlers";
import { securityHeaders } from "../scripts/security-headers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const closers: (() => Promise<unknown>)[] = [];

/** A server on another origin that logs what reaches it; it answers as an API on another host would, with CORS. */
async function otherOrigin() {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(req.url?.startsWith("/admin/") ? 401 : 200, {
      "access-control-allow-origin": String(req.headers.origin ?? "*"),
      "access-control-allow-credentials": "true",
      "content-type": "application/json",
    });
    res.end(JSON.stringify({ message: "Unauthorized" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return { origin: `http://127.0.0.1:${port}`, hits };
}

/** Fetches `url` from the page: whether it answered, and the policy violation the page reported. */
function tryFetch(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener("securitypolicyviolation", (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), {
        once: true,
      }),
    );
    try {
      await fetch(target, { credentials: "include" });
      return "answered";
    } catch {
      return `refused: ${await violation}`;
    }
  }, url);
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

let dist = "";
let handlers: ReturnType<typeof Mock.createHandlers>;

test.beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "opa-headers-"));
  await build({ root, mode: "production", logLevel: "silent", build: { outDir: dist, emptyOutDir: true } });
  const { module: mock } = await runnerImport<typeof Mock>("/mocks/handlers.ts", {
    configFile: false,
    root,
    logLevel: "warn",
  });
  handlers = mock.createHandlers(mock.createBackend());
});

test.afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test("served with the production headers, the app signs in and opens an order; another origin is out of reach", async ({
  page,
}) => {
  const host = await serve({ root: dist, handlers });
  closers.push(host.close);
  host.put("/config.json", JSON.stringify({ backendUrl: host.origin }));
  const stranger = await otherOrigin();

  const response = await page.goto(`${host.origin}/orders`);
  expect(response!.headers()).toMatchObject(
    Object.fromEntries(Object.entries(securityHeaders("'self'")).map(([name, value]) => [name.toLowerCase(), value])),
  );
  expect(response!.headers()["content-security-policy"]).toContain("connect-src 'self';");
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("supersecret");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.goto(`${host.origin}/orders?q=1003`);
  await page.getByRole("link", { name: "#1003", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Order #1003" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Payments" })).toContainText("$89.90");

  expect(await tryFetch(page, `${stranger.origin}/collect`)).toBe(`refused: connect-src ${stranger.origin}/collect`);
  expect(stranger.hits).toEqual([]);
});

test("on a host that sends no headers, the page itself keeps to the API its config.json names", async ({ page }) => {
  const api = await otherOrigin(); // an API on its own host, refusing a visitor without a session
  const host = await serve({ root: dist, handlers: [], headers: {} });
  closers.push(host.close);
  host.put("/config.json", JSON.stringify({ backendUrl: api.origin }));
  const stranger = await otherOrigin();

  const response = await page.goto(`${host.origin}/orders`);
  expect(response!.headers()["content-security-policy"]).toBeUndefined();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText(`Use your Medusa admin account for ${api.origin}.`)).toBeVisible();
  expect(api.hits).toContain("GET /admin/users/me?fields=id%2Cemail%2Cfirst_name%2Clast_name");

  expect(await tryFetch(page, `${api.origin}/health`)).toBe("answered");
  expect(await tryFetch(page, `${stranger.origin}/collect`)).toBe(`refused: connect-src ${stranger.origin}/collect`);
  // Not even its own host: config.json was read at start, and the API is elsewhere.
  expect(await tryFetch(page, `${host.origin}/config.json`)).toBe(`refused: connect-src ${host.origin}/config.json`);
  expect(stranger.hits).toEqual([]);
});
