// On a real Medusa server, with a small proxy in front of it that lets Medusa apply a refund and
// then drops the answer (the connection closes before a byte of it reaches the browser). The app
// must find out from the server that the refund went through, say so, and never send a second
// one: the store ends with one refund. Real server only, with the plugin and without it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { moneyRecords } from "./admin-api";
import { backend, medusaState } from "./backend";
import { expect, openRefund, orderIdFromUrl, test, toast } from "./fixtures";
import { LATE } from "./unclear-moves";

const REFUND = /^\/admin\/payments\/[^/]+\/refund$/;
// Hop-by-hop headers belong to one connection, not to the request or answer passed on.
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"]);
const endToEnd = (headers: http.IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP.has(name)));

/** A proxy to `target` that drops the answer of the first refund once Medusa has sent all of it. */
function droppingProxy(target: URL) {
  const seen = { refunds: 0, dropped: 0 };
  const server = http.createServer((req, res) => {
    const refund = req.method === "POST" && REFUND.test(new URL(req.url ?? "/", "http://proxy").pathname);
    if (refund) seen.refunds += 1;
    const drop = refund && seen.dropped === 0;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: endToEnd(req.headers) },
      (answer) => {
        if (drop) {
          answer.resume(); // read Medusa's whole answer: the refund is applied and committed
          answer.on("end", () => {
            seen.dropped += 1;
            req.socket.destroy();
          });
          return;
        }
        // A new connection per request: Chromium quietly re-sends a request whose reused
        // connection closes without an answer, which would hide the drop from the app.
        res.writeHead(answer.statusCode ?? 502, { ...endToEnd(answer.headers), connection: "close" });
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return { server, seen };
}

// Only on a real Medusa server: the demo has its own faults.
if (backend === "medusa") {
  test.describe("a refund whose answer is dropped after Medusa applied it", () => {
    // The page's production header allows the backend its served config.json names, not this proxy;
    // the policy has its own test, and rewriting the page's answer would make it a foreign page.
    test.use({ bypassCSP: true });

    let proxy: ReturnType<typeof droppingProxy>;
    let proxyUrl = "";
    test.beforeAll(async () => {
      const state = medusaState();
      proxy = droppingProxy(new URL(state.loopbackUrl ?? state.backendUrl));
      await new Promise<void>((listening) => proxy.server.listen(0, "127.0.0.1", listening));
      // localhost, as the app's own address: the session cookie is for this site.
      proxyUrl = `http://localhost:${(proxy.server.address() as AddressInfo).port}`;
    });
    test.afterAll(async () => {
      proxy.server.closeAllConnections();
      await new Promise((closed) => proxy.server.close(closed));
    });

    test("the app finds the refund on the server and says it went through; one refund", async ({ page, order }) => {
      // The app's config.json names the proxy as its backend.
      await page.route("**/config.json", (route) =>
        route.fulfill({ json: { backendUrl: proxyUrl, storefrontUrl: "http://localhost:8000" } }),
      );
      await order(1003); // 89.90 captured, nothing refunded
      const orderId = orderIdFromUrl(page);
      const before = await moneyRecords(page, orderId);

      const { drawer } = await openRefund(page);
      await drawer.getByLabel("Amount", { exact: true }).fill("10");
      await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawer.getByRole("button", { name: "Refund $10.00" }).click();

      await expect(toast(page, `Refunded $10.00. ${LATE}`)).toBeVisible();
      await expect(drawer).toBeHidden();
      expect(proxy.seen.dropped).toBe(1);
      expect(await moneyRecords(page, orderId)).toEqual([...before, "refund 10"].sort());
    });
  });
}
