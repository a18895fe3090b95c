// Order #1006: an order edit added an item, so 25.00 is outstanding on a not_paid payment collection.
import { armFault, escapeRegExp, expect, figure, orderIdFromUrl, orderStatus, summary, test, toast } from "./fixtures";

test.describe("an outstanding amount to collect", () => {
  test("marks the outstanding amount as paid", async ({ page, order, writes }) => {
    await order(1006);
    const box = summary(page);
    await expect(figure(box, "Outstanding amount")).toHaveText("$25.00");
    await expect(box.getByText("To collect from the customer.")).toBeVisible();
    await expect(orderStatus(page, "Partially captured")).toBeVisible();

    await box.getByRole("button", { name: "Mark as paid" }).click();
    const dialog = page.getByRole("dialog", { name: "Mark as paid" });
    await expect(dialog).toContainText("Record $25.00 as received outside the store");
    await expect(figure(dialog, "Outstanding now")).toHaveText("$25.00 to collect");
    await expect(figure(dialog, "After this")).toHaveText("nothing outstanding");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(toast(page, "Marked $25.00 as paid.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(box, "Outstanding amount")).toHaveText("$0.00");
    await expect(box.getByText("Nothing is outstanding.")).toBeVisible();
    await expect(figure(box, "Paid")).toHaveText("$85.00");
    await expect(orderStatus(page, "Captured")).toBeVisible();
    await expect(box.getByRole("button", { name: "Mark as paid" })).toHaveCount(0);
    await expect(box.getByRole("button", { name: "Copy payment link" })).toHaveCount(0);

    const orderId = orderIdFromUrl(page);
    expect(writes.sent).toEqual([
      {
        method: "POST",
        path: expect.stringMatching(/^\/admin\/payment-collections\/pay_col_[^/]+\/mark-as-paid$/),
        body: { order_id: orderId },
      },
    ]);
  });

  test("copies the storefront payment link for the outstanding collection", async ({ page, context, order }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await order(1006);
    const orderId = orderIdFromUrl(page);

    await summary(page).getByRole("button", { name: "Copy payment link" }).click();
    await expect(
      toast(page, "Payment link copied. Send it to the customer to pay the outstanding amount."),
    ).toBeVisible();

    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(
      new RegExp(
        `^http://localhost:8000/payment-collection/pay_col_[0-9A-Za-z]+\\?order_id=${escapeRegExp(encodeURIComponent(orderId))}$`,
      ),
    );
    expect(new URL(link).searchParams.get("order_id")).toBe(orderId);
  });

  test("a refusal says that nothing was marked as paid", { tag: "@mock" }, async ({ page, order, writes }) => {
    await order(1006);
    await armFault(page, {
      route: "POST /admin/payment-collections/*/mark-as-paid",
      status: 400,
      body: { type: "not_allowed", message: "Can only mark 'not_paid' payment collection as paid" },
    });
    const box = summary(page);
    await box.getByRole("button", { name: "Mark as paid" }).click();
    const dialog = page.getByRole("dialog", { name: "Mark as paid" });
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(dialog.getByRole("alert")).toHaveText(
      "Nothing was marked as paid. The server said: Can only mark 'not_paid' payment collection as paid",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(figure(box, "Outstanding amount")).toHaveText("$25.00");
    expect(writes.to("/mark-as-paid")).toHaveLength(1);
  });
});
