// One measured visit: a fresh browser (nothing cached, nothing compiled), signed in by the
// bench's session cookie, with the probe installed and every response to the server logged.
/* global window -- the functions given to page.evaluate run in the page */
import { chromium } from "@playwright/test";
import { launchOptions } from "../scripts/browser.mjs";
import { probeScript } from "./probe.mjs";

const API = /^\/(admin|auth)\//;

export async function openSession({ origin, token, watches }) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({
    locale: "en-US",
    timezoneId: "UTC",
    viewport: { width: 1280, height: 800 },
  });
  await context.addCookies([{ name: "connect.sid", value: token, url: origin, httpOnly: true, sameSite: "Lax" }]);
  await context.addInitScript({ content: probeScript(watches) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const responses = [];
  const pending = [];
  // Requests in flight and the time of the last start or end, to tell when the page is quiet.
  let inflight = 0;
  let lastActivity = Date.now();
  page.on("request", () => (inflight++, (lastActivity = Date.now())));
  const ended = () => (inflight--, (lastActivity = Date.now()));
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  // Everything downloaded, with its size on the wire and unpacked, and when it was asked for.
  page.on("requestfinished", (request) => {
    const url = new URL(request.url());
    const entry = {
      url: url.pathname,
      type: request.resourceType(),
      method: request.method(),
      start: request.timing().startTime, // ms since 1970, to compare with the page's timeOrigin
      api: url.origin === origin && API.test(url.pathname),
    };
    // The body of a request that finishes as the browser closes is gone; nothing measured needs it.
    const sized = Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(
      ([sizes, body]) => responses.push({ ...entry, wire: sizes.responseBodySize, bytes: body?.length ?? 0 }),
      () => responses.push({ ...entry, wire: 0, bytes: 0, lost: true }),
    );
    pending.push(sized);
  });
  const session = {
    page,
    version: browser.version(),
    /** When a watched condition held ({ at, painted }, page time); fails after `ms` rather than hang. */
    watch: (key, ms = 20_000) =>
      page.evaluate(
        ([k, limit]) =>
          Promise.race([
            window.__bench.watches[k],
            new Promise((_, no) => setTimeout(() => no(new Error(`"${k}" not seen in ${limit} ms`)), limit)),
          ]),
        [key, ms],
      ),
    /** Starts watching for a condition now; `await session.watch(key)` later for its time. */
    arm: (key, name, ...args) =>
      page.evaluate(([k, n, a]) => void (window.__bench.watches[k] = window.__bench.when(n, ...a)), [key, name, args]),
    /** Slows the page's CPU `rate` times, as Chrome DevTools does. */
    throttle: (rate) => cdp.send("Emulation.setCPUThrottlingRate", { rate }),
    /**
     * Waits until no request has started or ended for `quietMs` (the default leaves time for
     * prefetches the page starts once idle, as a merchant reading the page would), then for sizes.
     */
    settle: async (quietMs = 1500) => {
      const giveUp = Date.now() + 20_000;
      while ((inflight > 0 || Date.now() - lastActivity < quietMs) && Date.now() < giveUp)
        await page.waitForTimeout(100);
      await Promise.all(pending);
    },
    responses,
    lastInput: () => page.evaluate(() => window.__bench.inputs.at(-1)),
    longestTask: (from = 0, to = Infinity) =>
      page.evaluate(
        ([a, z]) => Math.max(0, ...window.__bench.longtasks.filter(([s, d]) => s + d > a && s < z).map(([, d]) => d)),
        [from, to],
      ),
    /** The API requests the page started from page time `from` on ("GET /admin/orders/…"). */
    apiSince: async (from = 0) => {
      const timeOrigin = await page.evaluate(() => performance.timeOrigin);
      return responses.filter((r) => r.api && r.start >= timeOrigin + from).map((r) => `${r.method} ${r.url}`);
    },
    close: () => browser.close(),
  };
  return session;
}
