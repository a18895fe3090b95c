// The demo's Reset demo data: it erases what the merchant did, so it asks first.
import type { Page } from "@playwright/test";
import { expect, figure, openCapture, paymentRow, paymentStatus, test, toast } from "./fixtures";

test.describe("Reset demo data @mock", () => {
  /** Captures order #1001's payment in full, as a merchant would: something for a reset to erase. */
  async function captureOrder1001(page: Page) {
    const dialog = await openCapture(page);
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(figure(paymentRow(page), "Captured")).toHaveText("$60.00");
  }

  test("asks first; Cancel and Escape keep the data and give focus back to the button", async ({ page, order }) => {
    await order(1001);
    await captureOrder1001(page);
    const resetButton = page.getByRole("button", { name: "Reset demo data" });

    await resetButton.click();
    const dialog = page.getByRole("dialog", { name: "Reset demo data?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("the captures, refunds and payments made in this demo are erased");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(resetButton).toBeFocused();

    // By keyboard: Enter opens it, Escape closes it, and nothing was reset either way.
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(resetButton).toBeFocused();
    await expect(figure(paymentRow(page), "Captured")).toHaveText("$60.00");
    await expect(toast(page, "Demo data reset.")).toHaveCount(0);
  });

  test("Reset, chosen by keyboard, puts the sample orders back", async ({ page, order }) => {
    await order(1001);
    await captureOrder1001(page);
    const resetButton = page.getByRole("button", { name: "Reset demo data" });

    await resetButton.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Reset demo data?" });
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Reset" })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(toast(page, "Demo data reset.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(resetButton).toBeFocused();
    const row = paymentRow(page);
    await expect(paymentStatus(row, "Authorized")).toBeVisible();
    await expect(row.getByRole("button", { name: "Capture payment" })).toBeVisible();
    // Still signed in: a reset puts the data back, not the session.
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
