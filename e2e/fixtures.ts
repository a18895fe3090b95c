// Shared steps for the specs: open an order by its number as a merchant would.
import { test as base, expect, type Page } from "@playwright/test";

export async function openOrder(page: Page, displayId: number) {
  await page.goto(`/orders?q=${displayId}`);
  await page.getByRole("link", { name: `#${displayId}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order #${displayId}` })).toBeVisible();
}

export const test = base.extend<{ order: (displayId: number) => Promise<void> }>({
  order: async ({ page }, use) => {
    await use((displayId) => openOrder(page, displayId));
  },
});

export { expect };
