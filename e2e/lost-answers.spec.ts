// Money moves whose connection drops or whose answer is late, on the demo's mock backend (a store
// with the plugin): what the merchant is shown while it waits and after, and what the server holds
// once the dust settles (one move, never two).
import type { Page } from "@playwright/test";
import {
  armFault,
  expect,
  figure,
  openCapture,
  openRefund,
  paymentRow,
  paymentStatus,
  releaseHeldAnswers,
  summary,
  test,
  toast,
} from "./fixtures";
import { capturedEvents, keysSent, LATE, refundedEvents } from "./unclear-moves";

const CAPTURE = "POST /admin/payments/*/capture";
const REFUND = "POST /admin/payments/*/refund";

/** Lets the page finish what a key press set off (two frames), without waiting on a clock. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

// @mock: the faults are the demo mock's switches.
test.describe("lost and late answers to money moves", { tag: "@mock" }, () => {
  test("a refund whose connection drops before the server sees it is sent again by the app with the same key, and refunds once", async ({
    page,
    order,
    writes,
  }) => {
    const keys = keysSent(page, "/refund");
    await order(1003);
    await armFault(page, { route: REFUND, kind: "drop-before" });
    const { row, drawer } = await openRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("20");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $20.00" }).click();

    // The order shows no refund, so the app replays the request; the plugin runs it once.
    await expect(toast(page, `Refunded $20.00. ${LATE}`)).toBeVisible();
    await expect(drawer).toBeHidden();

    await expect(figure(row, "Refunded")).toHaveText("$20.00");
    await expect(figure(row, "Refundable")).toHaveText("$69.90");
    await expect(figure(summary(page), "Refunded")).toHaveText("$20.00");
    await expect(row.getByRole("list").getByRole("listitem")).toHaveCount(1);
    await expect(refundedEvents(page)).toHaveCount(1);

    expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 20 }, { amount: 20 }]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/\S/);
    expect(keys[1]).toBe(keys[0]);
  });

  test("a capture whose answer is lost after the server applied it is reported as done, and not sent again", async ({
    page,
    order,
    writes,
  }) => {
    await order(1001);
    const row = paymentRow(page);
    await armFault(page, { route: CAPTURE, kind: "drop-after" });
    const dialog = await openCapture(page);
    await expect(dialog.getByLabel("Amount to capture")).toHaveValue("60.00");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(toast(page, `Captured $60.00. ${LATE}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    await expect(figure(row, "Captured")).toHaveText("$60.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$60.00");
    await expect(capturedEvents(page)).toHaveCount(1);
    await expect(capturedEvents(page)).toContainText("$60.00");
    await expect(row.getByRole("button", { name: "Capture payment" })).toHaveCount(0);
    expect(writes.to("/capture")).toHaveLength(1);
  });

  test("a slow capture keeps the dialog locked and busy until the answer, then completes", async ({
    page,
    order,
    writes,
  }) => {
    await order(1001);
    const row = paymentRow(page);
    // Held until released below, however long the checks take on a busy machine.
    await armFault(page, { route: CAPTURE, kind: "slow", delayMs: 120_000 });
    const dialog = await openCapture(page);
    const confirm = dialog.getByRole("button", { name: "Confirm" });
    const amount = dialog.getByLabel("Amount to capture");
    const captureSent = page.waitForRequest(
      (r) => r.method() === "POST" && new URL(r.url()).pathname.endsWith("/capture"),
    );
    await confirm.click();
    await captureSent;

    // The answer is held back: everything that could change or abandon the move is locked.
    await expect(confirm).toHaveAttribute("aria-busy", "true");
    await expect(confirm).toBeDisabled();
    await expect(amount).toBeDisabled();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeDisabled();
    await page.keyboard.press("Escape");
    await settle(page);
    await expect(dialog).toBeVisible();
    await expect(confirm).toHaveAttribute("aria-busy", "true");

    await releaseHeldAnswers(page);
    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(row, "Captured")).toHaveText("$60.00");
    await expect(capturedEvents(page)).toHaveCount(1);
    expect(writes.to("/capture")).toHaveLength(1);
  });
});
