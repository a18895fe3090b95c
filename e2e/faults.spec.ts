// One test per kind of fault the demo's mock backend can inject into a money move: what the
// merchant is shown, and what the server holds once the dust settles (one move, never two).
import type { Page, Request } from "@playwright/test";
import {
  activity,
  armFault,
  openCapture,
  openRefund,
  escapeRegExp,
  expect,
  figure,
  orderIdFromUrl,
  paymentRow,
  paymentStatus,
  releaseHeldAnswers,
  summary,
  test,
  toast,
} from "./fixtures";

const CAPTURE = "POST /admin/payments/*/capture";
const REFUND = "POST /admin/payments/*/refund";

/** Lets the page finish what a key press set off (two frames), without waiting on a clock. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** The idempotency-key header of every POST to a path ending in `suffix`, in order. */
function keysSentTo(page: Page, suffix: string): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname.endsWith(suffix)) {
      keys.push(request.headers()["idempotency-key"]);
    }
  });
  return keys;
}

const capturedEvents = (page: Page) => activity(page).getByRole("listitem").filter({ hasText: "Payment captured" });
const refundedEvents = (page: Page) => activity(page).getByRole("listitem").filter({ hasText: "Refunded" });

test.describe("faults on money moves", { tag: "@mock" }, () => {
  test("a 500 on capture shows the server's message, keeps the dialog and the amount, moves nothing; a retry captures once", async ({
    page,
    order,
    writes,
  }) => {
    await order(1001); // 60.00 authorized, nothing captured
    const row = paymentRow(page);
    await armFault(page, {
      route: CAPTURE,
      status: 500,
      body: { type: "unknown_error", message: "The payment provider is unavailable" },
    });

    let dialog = await openCapture(page);
    await dialog.getByLabel("Amount to capture").fill("25");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(dialog.getByRole("alert")).toHaveText(
      "Nothing was captured. The server said: The payment provider is unavailable",
    );
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Amount to capture")).toHaveValue("25");
    await expect(dialog.getByRole("button", { name: "Confirm" })).toBeEnabled();
    expect(writes.to("/capture")).toHaveLength(1);

    // The page behind the dialog still shows nothing captured.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(figure(row, "Captured")).toHaveText("$0.00");
    await expect(paymentStatus(row, "Authorized")).toBeVisible();
    await expect(figure(summary(page), "Paid")).toHaveText("$0.00");
    await expect(capturedEvents(page)).toHaveCount(0);

    // The fault hit one request: the retry goes through, once.
    dialog = await openCapture(page);
    await dialog.getByLabel("Amount to capture").fill("25");
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Captured $25.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(row, "Captured")).toHaveText("$25.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$25.00");
    await expect(capturedEvents(page)).toHaveCount(1);
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 25 }, { amount: 25 }]);
  });

  test("a refund refused with a business message shows it at the form and keeps every value", async ({
    page,
    order,
    writes,
  }) => {
    await order(1003); // 89.90 captured, nothing refunded
    await armFault(page, {
      route: REFUND,
      status: 400,
      body: { type: "invalid_data", message: "Refunds on this payment are paused by the provider" },
    });
    const { row, drawer } = await openRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("12.40");
    await drawer.getByLabel("Reason").selectOption({ label: "Pricing Error" });
    await drawer.getByLabel("Note").fill("Coupon was not applied");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $12.40" }).click();

    await expect(drawer.getByRole("alert")).toHaveText(
      "Nothing was refunded. The server said: Refunds on this payment are paused by the provider",
    );
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("12.40");
    await expect(
      drawer.getByLabel("Reason").getByRole("option", { name: "Pricing Error", selected: true }),
    ).toHaveCount(1);
    await expect(drawer.getByLabel("Note")).toHaveValue("Coupon was not applied");
    await expect(drawer.getByRole("button", { name: "Refund $12.40" })).toBeEnabled();
    expect(writes.to("/refund")).toHaveLength(1);

    await drawer.getByRole("button", { name: "Cancel" }).click();
    await expect(drawer).toBeHidden();
    await expect(figure(row, "Refunded")).toHaveText("$0.00");
    await expect(figure(row, "Refundable")).toHaveText("$89.90");
    await expect(figure(summary(page), "Refunded")).toHaveText("$0.00");
    await expect(refundedEvents(page)).toHaveCount(0);
  });

  test("a refund whose connection drops before the server sees it is safe to send again, with the same key, and refunds once", async ({
    page,
    order,
    writes,
  }) => {
    const keys = keysSentTo(page, "/refund");
    await order(1003);
    await armFault(page, { route: REFUND, kind: "drop-before" });
    const { row, drawer } = await openRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("20");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $20.00" }).click();

    await expect(drawer.getByRole("alert")).toHaveText(
      "The connection dropped before the server answered. The order shows nothing was refunded, so it is safe to try again.",
    );
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("20");

    await drawer.getByRole("button", { name: "Refund $20.00" }).click();
    await expect(toast(page, "Refunded $20.00.")).toBeVisible();
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

    await expect(toast(page, "The connection dropped, but the capture of $60.00 went through.")).toBeVisible();
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

  test("a 401 on refund goes through sign-in and back to the panel with the draft, and one submit refunds once", async ({
    page,
    order,
    writes,
  }) => {
    await order(1003);
    const orderId = orderIdFromUrl(page);
    const { row, drawer, paymentId } = await openRefund(page);
    const refundPath = `/orders/${orderId}/refund?payment=${paymentId}`;
    await drawer.getByLabel("Amount", { exact: true }).fill("15");
    await drawer.getByLabel("Note").fill("Lid was scratched");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await armFault(page, { route: REFUND, kind: "unauthorized" });
    await drawer.getByRole("button", { name: "Refund $15.00" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${escapeRegExp(encodeURIComponent(refundPath))}$`));
    await page.getByLabel("Email").fill("admin@example.com");
    await page.getByLabel("Password").fill("supersecret");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(refundPath)}$`));
    await expect(drawer).toBeVisible();
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("15");
    await expect(drawer.getByLabel("Note")).toHaveValue("Lid was scratched");

    // The yes to refund beyond the balance is asked again after the sign-in, not carried through it.
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $15.00" }).click();
    await expect(toast(page, "Refunded $15.00.")).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(figure(row, "Refunded")).toHaveText("$15.00");
    await expect(figure(summary(page), "Refunded")).toHaveText("$15.00");
    await expect(row.getByRole("list").getByRole("listitem")).toHaveCount(1);
    await expect(row.getByRole("list").getByRole("listitem")).toContainText("“Lid was scratched”");
    // The refused request and the one after sign-in; only the second was applied.
    expect(writes.to("/refund").map((r) => r.body)).toEqual([
      { amount: 15, note: "Lid was scratched" },
      { amount: 15, note: "Lid was scratched" },
    ]);
  });
});
