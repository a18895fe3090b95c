import { test, expect } from "@playwright/test";
import { openOrder } from "./fixtures";

test("probe", async ({ page }) => {
  await openOrder(page, 1003);
  console.log(await page.locator("body").ariaSnapshot());
  await page.getByRole("button", { name: "Payment actions" }).click();
  await page.getByRole("menuitem", { name: "Refund" }).click();
  await expect(page.getByRole("dialog", { name: "Refund" })).toBeVisible();
  console.log(page.url());
  console.log(await page.getByRole("dialog").ariaSnapshot());
});
