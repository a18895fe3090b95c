// The measured visits. Each one opens a fresh browser, does one thing a merchant does, and
// returns its figures in milliseconds (page times are performance.now(), so "from navigation
// start" on a load and "from the pointerdown" on a click).
/* global window, document, requestAnimationFrame -- the functions given to page.evaluate run in the page */
import { openSession } from "./session.mjs";

// When each page counts as "showing what it is for": the app's payment figures, the floor's order heading.
const READY = { app: ["figure", "Captured"], floor: ["text", "h1", "Order #"] };
const dialogFocused = ["dialogFocused"];

async function visit(target, path, extra = {}) {
  const s = await openSession({
    origin: target.origin,
    token: target.token,
    watches: { ready: READY[target.kind], ...extra },
  });
  await s.page.goto(target.origin + path);
  return s;
}

/** First load of an order page: paints, bytes by type and phase, API requests. */
export async function loadOrder(target) {
  const s = await visit(target, `/orders/${target.orderId}`);
  try {
    const ready = await s.watch("ready");
    await s.settle();
    const { fcp, lcp, timeOrigin } = await s.page.evaluate(() => ({
      ...window.__bench,
      timeOrigin: performance.timeOrigin,
    }));
    // Asked for before the figures were on screen, or after, while the page sat idle (preloads).
    for (const r of s.responses) r.phase = r.start <= timeOrigin + ready.at ? "initial" : "idle";
    const api = s.responses.filter((r) => r.api).map((r) => `${r.method} ${r.url}`);
    return {
      ready: ready.painted,
      fcp,
      lcp,
      longestTask: await s.longestTask(),
      responses: s.responses,
      api,
      browser: s.version,
    };
  } finally {
    await s.close();
  }
}

/** Click on the button that opens the capture dialog (the floor: its only dialog) to the dialog shown and focused. */
export async function openCapture(target, throttle = 1) {
  const s = await visit(target, `/orders/${target.orderId}`);
  try {
    await s.watch("ready");
    await s.settle(); // a merchant reads before clicking: let idle prefetches finish
    if (throttle !== 1) await s.throttle(throttle);
    return await timeClick(
      s,
      () => s.page.getByRole("button", { name: "Capture payment" }).first().click(),
      dialogFocused,
    );
  } finally {
    await s.close();
  }
}

/** Row menu, then Refund, to the refund panel shown and focused (timed from the click on Refund). */
export async function openRefund(target, throttle = 1) {
  const s = await visit(target, `/orders/${target.refundOrderId}`);
  try {
    await s.watch("ready");
    await s.settle();
    if (throttle !== 1) await s.throttle(throttle);
    await s.page.getByRole("button", { name: "Payment actions" }).first().click();
    const item = s.page.getByRole("menuitem", { name: "Refund" });
    await item.waitFor();
    return await timeClick(s, () => item.click(), dialogFocused);
  } finally {
    await s.close();
  }
}

/** From the orders list, click an order's number to its payment figures. */
export async function listToOrder(target) {
  const s = await visit(target, `/orders?q=${target.refundDisplayId}`, {
    ready: ["text", "a", `#${target.refundDisplayId}`],
  });
  try {
    await s.watch("ready");
    await s.settle();
    const link = s.page.getByRole("link", { name: `#${target.refundDisplayId}`, exact: true });
    return await timeClick(s, () => link.click(), READY.app);
  } finally {
    await s.close();
  }
}

/** Confirm on a capture to the new Captured figure on screen, with and without the server's own time. */
export async function confirmCapture(target, orderId) {
  const s = await visit(target, `/orders/${orderId}`);
  try {
    await s.watch("ready");
    await s.settle();
    await s.page.getByRole("button", { name: "Capture payment" }).first().click();
    await s.arm("dialog", ...dialogFocused);
    await s.watch("dialog");
    await s.settle();
    const before = await s.page.evaluate(() => window.__bench.figure("Captured"));
    const result = await timeClick(s, () => s.page.getByRole("button", { name: "Confirm" }).click(), [
      "figure",
      "Captured",
      before,
    ]);
    const server = await s.page.evaluate(
      ([from, to]) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime >= from && e.responseEnd <= to)
          .flatMap((e) => e.serverTiming.filter((t) => t.name === "app").map((t) => t.duration))
          .reduce((a, b) => a + b, 0),
      [result.from, result.from + result.ms],
    );
    return { ...result, server, net: result.ms - server };
  } finally {
    await s.close();
  }
}

/** Times one click: from its pointerdown to the condition painted; long tasks and API requests in between. */
async function timeClick(s, click, [name, ...args]) {
  await s.arm("action", name, ...args);
  await click();
  const shown = await s.watch("action");
  const from = await s.lastInput();
  await s.settle(500); // what the action itself asked for
  const requests = await s.apiSince(from);
  return {
    from,
    ms: shown.painted - from,
    longestTask: await s.longestTask(from, shown.painted),
    api: requests.length,
    requests,
  };
}

/** A heavy page: load to a condition, and the longest task on the way; then Next, or a scroll to the end. */
export async function loadHeavy(target, path, ready, next) {
  const s = await visit(target, path, { ready });
  try {
    const shown = await s.watch("ready");
    const load = { ms: shown.painted, longestTask: await s.longestTask(0, shown.painted) };
    await s.settle();
    load.requests = await s.apiSince(0);
    load.api = load.requests.length;
    if (next === "scroll") return { load, scroll: await scrollToEnd(s) };
    if (!next) return { load };
    return {
      load,
      next: await timeClick(s, () => s.page.getByRole("button", { name: next.button }).click(), next.ready),
    };
  } finally {
    await s.close();
  }
}

/**
 * Scrolls the page to its end a screenful at a time, one step a frame, as a fast wheel or
 * Page Down does: the longest frame and the longest task on the way.
 */
async function scrollToEnd(s) {
  const { from, to, longestFrame, frames } = await s.page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const gaps = [];
    let last = await frame();
    const from = performance.now();
    while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
      window.scrollBy(0, window.innerHeight * 0.9);
      const now = await frame();
      gaps.push(now - last);
      last = now;
    }
    return { from, to: performance.now(), longestFrame: Math.max(0, ...gaps), frames: gaps.length };
  });
  return { ms: to - from, longestFrame, frames, longestTask: await s.longestTask(from, to) };
}
