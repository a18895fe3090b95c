// A refund done with the keyboard alone, from the order page of #1003.
import type { Locator, Page } from "@playwright/test";
import { expect, figure, paymentRow, summary, test, toast } from "./fixtures";

/** Presses Tab until the target has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 25) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("refunds with the keyboard only", async ({ page, order, writes }) => {
  await order(1003);
  const row = paymentRow(page);
  const actions = row.getByRole("button", { name: "Payment actions" });

  await tabTo(page, actions);
  await page.keyboard.press("Enter");
  const refundItem = page.getByRole("menuitem", { name: "Refund" });
  await expect(refundItem).toBeFocused();
  await page.keyboard.press("Enter");

  const drawer = page.getByRole("dialog", { name: "Refund" });
  await expect(drawer).toBeVisible();
  const amount = drawer.getByLabel("Amount", { exact: true });
  await tabTo(page, amount);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("12.50");
  await expect(amount).toHaveValue("12.50");

  const reason = drawer.getByLabel("Reason");
  await tabTo(page, reason);
  // Type-ahead picks the reason by name (a real server lists its reasons in no fixed order).
  await page.keyboard.type("Shipping");
  await expect(reason.locator("option:checked")).toHaveText("Shipping Issue");

  // Nothing is owed back on #1003: the refund goes beyond the balance and needs the second yes.
  const yes = drawer.getByRole("checkbox", { name: "Yes, I mean this amount" });
  await tabTo(page, yes);
  await page.keyboard.press("Space");
  await expect(yes).toBeChecked();

  const submit = drawer.getByRole("button", { name: "Refund $12.50" });
  await tabTo(page, submit);
  await page.keyboard.press("Space");

  await expect(toast(page, "Refunded $12.50.")).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(figure(row, "Refunded")).toHaveText("$12.50");
  expect(writes.to("/refund").map((r) => r.body)).toEqual([
    { amount: 12.5, refund_reason_id: expect.stringMatching(/^refr_/) },
  ]);

  // Focus goes back to the control that opened the panel.
  await expect(actions).toBeFocused();
});

test("closing the capture dialog with Escape returns focus to its button", async ({ page, order }) => {
  await order(1001);
  const capture = page.getByRole("button", { name: "Capture payment" });
  await capture.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Capture payment" });
  await expect(dialog.getByLabel("Amount to capture")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(capture).toBeFocused();
});

test("marks an outstanding amount as paid with the keyboard only", async ({ page, order }) => {
  await order(1006);
  const mark = page.getByRole("button", { name: "Mark as paid" });
  await tabTo(page, mark, 40);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Mark as paid" });
  await expect(dialog).toContainText("$25.00");
  await tabTo(page, dialog.getByRole("button", { name: "Confirm" }));
  await page.keyboard.press("Enter");
  await expect(toast(page, "Marked $25.00 as paid.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(figure(summary(page), "Paid")).toHaveText("$85.00");
  // The button is gone with the debt; focus lands on the order's heading, not on <body>.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});
