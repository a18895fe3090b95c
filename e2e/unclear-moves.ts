// What the unclear-answer specs share: the three money moves as a merchant makes them, the words
// the app says after an unclear answer, and what a spec can watch on the page and the wire.
import type { Locator, Page, Request } from "@playwright/test";
import { activity, expect, openCapture, openRefund, summary } from "./fixtures";

export const CHECKING = "No clear answer from the server. Checking whether the money moved…";
export const LATE = "The first answer was lost on the way; the server confirmed it afterwards.";
export const notMoved = (moved: string) =>
  `No clear answer came back, and the order shows nothing was ${moved}: it is safe to try again.`;

export type Move = {
  name: string;
  /** The demo order it is made on. */
  displayId: number;
  /** The fault switch's route for its request. */
  route: string;
  /** The path its request ends with. */
  suffix: string;
  /** Opens its dialog and fills it in; `submit` is the button that sends it. */
  start(page: Page): Promise<{ dialog: Locator; submit: Locator }>;
  /** The toast when it went through at once (the first sentence after an unclear answer). */
  done: string;
  /** What it adds to the order's records (moneyRecords). */
  record: string;
  /** The move in the past, as the app's words put it. */
  moved: string;
};

export const CAPTURE: Move = {
  name: "capture",
  displayId: 1001, // 60.00 authorized, nothing captured
  route: "POST /admin/payments/*/capture",
  suffix: "/capture",
  async start(page) {
    const dialog = await openCapture(page);
    await dialog.getByLabel("Amount to capture").fill("10");
    return { dialog, submit: dialog.getByRole("button", { name: "Confirm" }) };
  },
  done: "Captured $10.00.",
  record: "capture 10",
  moved: "captured",
};

export const REFUND: Move = {
  name: "refund",
  displayId: 1003, // 89.90 captured, nothing refunded
  route: "POST /admin/payments/*/refund",
  suffix: "/refund",
  async start(page) {
    const { drawer } = await openRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("10");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    return { dialog: drawer, submit: drawer.getByRole("button", { name: "Refund $10.00" }) };
  },
  done: "Refunded $10.00.",
  record: "refund 10",
  moved: "refunded",
};

export const MARK_PAID: Move = {
  name: "mark as paid",
  displayId: 1006, // 25.00 outstanding on a not_paid collection
  route: "POST /admin/payment-collections/*/mark-as-paid",
  suffix: "/mark-as-paid",
  async start(page) {
    await summary(page).getByRole("button", { name: "Mark as paid" }).click();
    const dialog = page.getByRole("dialog", { name: "Mark as paid" });
    await expect(dialog).toBeVisible();
    return { dialog, submit: dialog.getByRole("button", { name: "Confirm" }) };
  },
  done: "Marked $25.00 as paid.",
  record: "capture 25",
  moved: "marked as paid",
};

export const MOVES = [CAPTURE, REFUND, MARK_PAID];

/** The order's activity events of captures, and of refunds: one each per movement of money. */
export const capturedEvents = (page: Page) =>
  activity(page).getByRole("listitem").filter({ hasText: "Payment captured" });
export const refundedEvents = (page: Page) => activity(page).getByRole("listitem").filter({ hasText: "Refunded" });

/**
 * Whether a status line has shown `text` since this was called. The line can be on screen for a
 * moment only (the first read finds the move), too short to catch with a look at the end.
 */
export async function watchStatusLine(page: Page, text: string): Promise<() => Promise<boolean>> {
  await page.evaluate((wanted) => {
    const seen = ((window as unknown as { seenStatus?: Set<string> }).seenStatus = new Set());
    const look = () =>
      document.querySelectorAll('[role="status"]').forEach((el) => {
        if (el.textContent?.trim() === wanted) seen.add(wanted);
      });
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, text);
  return () =>
    page.evaluate((wanted) => {
      return (window as unknown as { seenStatus?: Set<string> }).seenStatus?.has(wanted) === true;
    }, text);
}

/** The Idempotency-Key of every request to a path ending in `suffix`, in order. */
export function keysSent(page: Page, suffix: string): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname.endsWith(suffix)) {
      keys.push(request.headers()["idempotency-key"]);
    }
  });
  return keys;
}
