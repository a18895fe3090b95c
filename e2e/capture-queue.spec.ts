// The capture queue: payments still holding authorized money, the first to lapse at the top,
// captured through the order page's confirm dialog. On a real server it needs the plugin.
import type { Locator, Page } from "@playwright/test";
import { backend, freshMedusaOrder, realServerHasPlugin } from "./backend";
import { expect, test, toast } from "./fixtures";

const queueTable = (page: Page) => page.getByRole("table", { name: /Payments to capture/ });
/** The queue's row for an order, found by the link to it. */
const rowOf = (page: Page, displayId: number): Locator =>
  queueTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: `#${displayId}`, exact: true }) });

async function openQueue(page: Page) {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^To capture/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "To capture" })).toBeVisible();
  await expect(page).toHaveTitle("To capture · Order payments");
}

async function captureFromQueue(page: Page, displayId: number, amount: string) {
  await rowOf(page, displayId)
    .getByRole("button", { name: `Capture ${amount} on order #${displayId}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Capture payment" });
  await expect(dialog.getByLabel("Amount to capture")).toHaveValue(amount.replace("$", ""));
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(toast(page, `Captured ${amount}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, displayId)).toHaveCount(0);
}

if (realServerHasPlugin()) {
  test("@mock shows every expiry state, the first to lapse first, and a capture takes the row out", async ({
    page,
    writes,
  }) => {
    await page.goto("/orders");
    await openQueue(page);
    const badges = queueTable(page).getByText(/^(Expired|Expires (today|tomorrow|in \d+ days))$/);
    await expect(badges.first()).toBeVisible();
    const labels = await badges.allTextContents();
    for (const state of ["Expired", "Expires today", "Expires tomorrow", "Expires in 2 days", "Expires in 6 days"])
      expect(labels).toContain(state);
    // Sorted: lapsed first, then by days left.
    const rank = (label: string) =>
      label === "Expired"
        ? -1
        : label === "Expires today"
          ? 0
          : label === "Expires tomorrow"
            ? 1
            : Number(/\d+/.exec(label)![0]);
    expect(labels.map(rank)).toEqual(labels.map(rank).sort((a, b) => a - b));
    await expect(rowOf(page, 1009)).toContainText("Fatima Al-Sabah");
    await expect(rowOf(page, 1009)).toContainText("Expires today");
    // Partly captured: only the rest is to capture.
    await expect(rowOf(page, 1002)).toContainText("$70.00");

    const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^To capture/ });
    await expect(nav).toHaveAccessibleName(`To capture ${labels.length} payments`);
    await captureFromQueue(page, 1001, "$60.00");
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
    await expect(badges).toHaveCount(labels.length - 1);
    // The count follows on the next page the merchant opens.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders", exact: true }).click();
    await expect(nav).toHaveAccessibleName(`To capture ${labels.length - 1} payments`);
  });

  test("lists an order's authorized payment and captures it from the queue", async ({ page }) => {
    // On a real server: a new order, authorized for $60.00; in the demo, #1001.
    const displayId = backend === "medusa" ? (await freshMedusaOrder(1001)).display_id : 1001;
    await page.goto("/orders");
    await openQueue(page);
    const row = rowOf(page, displayId);
    await expect(row).toContainText("$60.00");
    await expect(row).toContainText(/Expires in (6|7) days/);
    // The order page says the same of its payment.
    await row.getByRole("link", { name: `#${displayId}`, exact: true }).click();
    await expect(page.getByText(/^Authorization expires in (6|7) days$/)).toBeVisible();
    await page.goBack();
    await captureFromQueue(page, displayId, "$60.00");
    // The order says so too.
    await page.reload();
    await expect(rowOf(page, displayId)).toHaveCount(0);
  });
} else {
  test("says the server cannot list payments to capture without the plugin", async ({ page }) => {
    await page.goto("/orders");
    await openQueue(page);
    await expect(page.getByText(/cannot list payments to capture: it needs the order-payments plugin/)).toBeVisible();
  });
}
