// Money moves the server refuses, or that need a new sign-in, on the demo's mock backend: what
// the merchant is shown, and what the server holds after (nothing moved, then one move). Lost and
// late answers are in lost-answers.spec.ts; a gateway's errors on each move in unclear-answers.spec.ts.
import {
  armFault,
  openCapture,
  openRefund,
  escapeRegExp,
  expect,
  figure,
  orderIdFromUrl,
  paymentRow,
  paymentStatus,
  summary,
  test,
  toast,
} from "./fixtures";
import { capturedEvents, keysSent, refundedEvents } from "./unclear-moves";

const CAPTURE = "POST /admin/payments/*/capture";
const REFUND = "POST /admin/payments/*/refund";

// @mock: the faults are the demo mock's switches.
test.describe("faults on money moves", { tag: "@mock" }, () => {
  test("a capture the server refuses shows its message, keeps the dialog and the amount, moves nothing; a retry captures once, under a new key", async ({
    page,
    order,
    writes,
  }) => {
    const keys = keysSent(page, "/capture");
    await order(1001); // 60.00 authorized, nothing captured
    const row = paymentRow(page);
    await armFault(page, {
      route: CAPTURE,
      status: 400,
      body: { type: "invalid_data", message: "The payment provider is unavailable" },
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
    // A definite refusal ends that request: the next attempt is a new one.
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
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
