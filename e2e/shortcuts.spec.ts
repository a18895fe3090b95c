// One-key shortcuts: each opens what the page already offers, and `?` lists them.
import { expect, test } from "./fixtures";

test("c opens Capture payment on an order with one payment to capture", async ({ page, order }) => {
  await order(1001);
  await expect(page.getByRole("button", { name: "Capture payment" })).toHaveAttribute("aria-keyshortcuts", "c");
  await page.keyboard.press("c");
  await expect(page.getByRole("dialog", { name: "Capture payment" })).toBeVisible();
});

test("r opens the refund panel on a captured order", async ({ page, order }) => {
  await order(1003);
  await page.keyboard.press("r");
  await expect(page.getByRole("dialog", { name: "Refund" })).toBeVisible();
});

test("m opens Mark as paid for the outstanding amount", async ({ page, order }) => {
  await order(1006);
  await expect(page.getByRole("button", { name: "Mark as paid" })).toHaveAttribute("aria-keyshortcuts", "m");
  await page.keyboard.press("m");
  const dialog = page.getByRole("dialog", { name: "Mark as paid" });
  await expect(dialog).toContainText("$25.00");
  // No second shortcut fires from inside the dialog.
  await page.keyboard.press("c");
  await expect(page.getByRole("dialog")).toHaveCount(1);
});

test("/ puts the cursor in the orders search", async ({ page }) => {
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search orders" });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");
});

test("/ on an order goes back to the orders list, ready to search", async ({ page, order }) => {
  await order(1003);
  await page.keyboard.press("/");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search orders" })).toBeFocused();
});

test("? lists the shortcuts, and gives focus back when closed", async ({ page, order }) => {
  await order(1003);
  const back = page.getByRole("link", { name: "← Orders" });
  await back.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const what of ["Capture payment", "Refund", "Mark as paid", "Search orders"])
    await expect(dialog.getByRole("definition").filter({ hasText: what })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(back).toBeFocused();
});

test("shortcuts wait while the merchant types in the search", async ({ page }) => {
  await page.goto("/orders");
  const search = page.getByRole("searchbox", { name: "Search orders" });
  await search.click();
  await page.keyboard.type("?/c");
  await expect(search).toHaveValue("?/c");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
