// What must hold when the merchant is hasty, reloads, or follows a bad link.
import { expect, figure, orderStatus, paymentRow, paymentStatus, summary, test, toast } from "./fixtures";

test.describe("resilience", () => {
  test("a double click on Confirm captures once", async ({ page, order, writes }) => {
    await order(1001);
    const row = paymentRow(page);
    await row.getByRole("button", { name: "Capture payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Capture payment" });
    await dialog.getByRole("button", { name: "Confirm" }).dblclick();

    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    await expect(figure(row, "Captured")).toHaveText("$60.00");
    expect(writes.to("/capture")).toHaveLength(1);
  });

  test("a capture survives a reload", async ({ page, order }) => {
    const shown = await order(1001);
    const row = paymentRow(page);
    await row.getByRole("button", { name: "Capture payment" }).click();
    await page.getByRole("dialog", { name: "Capture payment" }).getByRole("button", { name: "Confirm" }).click();
    await expect(paymentStatus(row, "Captured")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `Order #${shown}` })).toBeVisible();
    await expect(orderStatus(page, "Captured")).toBeVisible();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    await expect(figure(summary(page), "Paid")).toHaveText("$60.00");
    await expect(row.getByRole("button", { name: "Capture payment" })).toHaveCount(0);
  });

  test("the orders list agrees after a capture", { tag: "@mock" }, async ({ page, order }) => {
    await order(1001);
    await paymentRow(page).getByRole("button", { name: "Capture payment" }).click();
    await page.getByRole("dialog", { name: "Capture payment" }).getByRole("button", { name: "Confirm" }).click();
    await expect(paymentStatus(paymentRow(page), "Captured")).toBeVisible();
    await page.goto("/orders?q=1001");
    const listed = page.getByRole("row").filter({ has: page.getByRole("link", { name: "#1001", exact: true }) });
    await expect(listed.getByText("Captured", { exact: true })).toBeVisible();
  });

  test("an unknown order id says the order was not found", async ({ page }) => {
    await page.goto("/orders/order_does_not_exist");
    await expect(page.getByRole("heading", { level: 1, name: "Order not found" })).toBeVisible();
    await expect(page.getByText("There is no order with the id order_does_not_exist.")).toBeVisible();
    await page.getByRole("link", { name: "Back to orders" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  });

  test("an unknown address says the page was not found", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to orders" }).click();
    await expect(page).toHaveURL(/\/orders$/);
  });
});
