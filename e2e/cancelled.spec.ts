// Order #1045: $60.00 authorized, $25.00 captured, then the order canceled. Medusa refunds the
// $25.00, leaves the payment authorized for the other $35.00 (and would accept a capture of it),
// and still reports $35.00 outstanding. The page must take no new money on it.
import { expect, figure, orderStatus, paymentRow, paymentStatus, summary, test } from "./fixtures";

test.describe("a canceled order", () => {
  test("offers no capture, mark as paid or payment link, and says it is canceled", async ({ page, order }) => {
    await order(1045);
    await expect(orderStatus(page, "Order canceled")).toBeVisible();
    await expect(page.getByRole("note", { name: "What the status means" })).toContainText(
      "Order canceled. It takes no new payments; captured money can still be refunded.",
    );

    const row = paymentRow(page);
    await expect(paymentStatus(row, "Refunded")).toBeVisible();
    await expect(figure(row, "Amount")).toHaveText("$60.00");
    await expect(figure(row, "Captured")).toHaveText("$25.00");
    await expect(figure(row, "Refunded")).toHaveText("$25.00");
    await expect(figure(row, "Refundable")).toHaveText("$0.00");
    await expect(row.getByText("$35.00 still authorized, never to be captured: the order was canceled.")).toBeVisible();

    const box = summary(page);
    await expect(figure(box, "Outstanding amount")).toHaveText("$0.00");
    await expect(box.getByText("Nothing to collect: the order was canceled.")).toBeVisible();
    await expect(box.getByText("Medusa still counts $35.00 as unpaid; it is not collected.")).toBeVisible();

    for (const name of ["Capture payment", "Mark as paid", "Copy payment link"]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
  });

  test("keeps the payment's details and its refund in reach", async ({ page, order }) => {
    await order(1045);
    const row = paymentRow(page);
    await row.getByRole("button", { name: "Payment actions" }).click();
    // Nothing is left to refund here: Medusa refunded the capture when the order was canceled.
    await expect(page.getByRole("menuitem", { name: "Refund" })).toHaveAttribute("aria-disabled", "true");
    await page.getByRole("menuitem", { name: "View details" }).click();
    await expect(page.getByRole("dialog", { name: "Payment details" })).toBeVisible();
  });
});
