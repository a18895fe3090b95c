// Capturing an authorized payment on order #1001 (USD, 60.00 authorized, nothing captured).
import {
  armFault,
  expect,
  figure,
  openCapture,
  orderStatus,
  paymentRow,
  paymentStatus,
  summary,
  test,
  toast,
} from "./fixtures";

test.describe("capture a payment", () => {
  test("captures the whole authorized amount", async ({ page, order, writes }) => {
    await order(1001);
    const row = paymentRow(page);
    await expect(paymentStatus(row, "Authorized")).toBeVisible();
    await expect(orderStatus(page, "Authorized")).toBeVisible();

    await row.getByRole("button", { name: "Capture payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Capture payment" });
    await expect(dialog).toContainText("$60.00 of this payment is authorized and not yet captured.");
    await expect(dialog.getByLabel("Amount to capture")).toHaveValue("60.00");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    await expect(orderStatus(page, "Captured")).toBeVisible();
    await expect(figure(row, "Captured")).toHaveText("$60.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$60.00");
    await expect(row.getByRole("button", { name: "Capture payment" })).toHaveCount(0);
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
  });

  test("captures part of the payment, then the rest", async ({ page, order, writes }) => {
    await order(1001);
    const row = paymentRow(page);

    await row.getByRole("button", { name: "Capture payment" }).click();
    let dialog = page.getByRole("dialog", { name: "Capture payment" });
    await dialog.getByLabel("Amount to capture").fill("20");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(toast(page, "Captured $20.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(paymentStatus(row, "Partially captured")).toBeVisible();
    await expect(orderStatus(page, "Partially captured")).toBeVisible();
    await expect(figure(row, "Captured")).toHaveText("$20.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$20.00");

    // The rest: the dialog offers what is still authorized.
    await row.getByRole("button", { name: "Capture payment" }).click();
    dialog = page.getByRole("dialog", { name: "Capture payment" });
    await expect(dialog).toContainText("$40.00 of this payment is authorized and not yet captured.");
    await expect(dialog.getByLabel("Amount to capture")).toHaveValue("40.00");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(toast(page, "Captured $40.00.")).toBeVisible();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    await expect(orderStatus(page, "Captured")).toBeVisible();
    await expect(figure(row, "Captured")).toHaveText("$60.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$60.00");
    await expect(row.getByRole("button", { name: "Capture payment" })).toHaveCount(0);
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 20 }, { amount: 40 }]);
  });

  test("refuses more than what is left to capture, at the field, without a request", async ({
    page,
    order,
    writes,
  }) => {
    await order(1001);
    const row = paymentRow(page);
    await row.getByRole("button", { name: "Capture payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Capture payment" });
    const amount = dialog.getByLabel("Amount to capture");

    await amount.fill("60.01");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(amount).toHaveAccessibleDescription(/You can capture at most \$60\.00\./);
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("You can capture at most $60.00.")).toBeVisible();
    await expect(amount).toHaveValue("60.01");
    await expect(dialog).toBeVisible();
    expect(writes.to("/capture")).toHaveLength(0);

    // Corrected, it goes through, and only the corrected amount was ever sent.
    await amount.fill("60");
    await expect(dialog.getByText("You can capture at most $60.00.")).toBeHidden();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(paymentStatus(row, "Captured")).toBeVisible();
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
  });

  test("shows the order's outstanding amount now and after, as the amount is typed", async ({ page, order }) => {
    await order(1001);
    const dialog = await openCapture(page);
    await expect(figure(dialog, "Outstanding now")).toHaveText("$60.00 to collect");
    await expect(figure(dialog, "After this")).toHaveText("nothing outstanding");

    await dialog.getByLabel("Amount to capture").fill("20");
    await expect(figure(dialog, "After this")).toHaveText("$40.00 to collect");
    // Within the balance there is nothing more to confirm.
    await expect(dialog.getByRole("checkbox")).toHaveCount(0);
  });

  test("a refusal says that nothing was captured", { tag: "@mock" }, async ({ page, order, writes }) => {
    await order(1001);
    // Only a 4xx with Medusa's error body is a refusal (a 5xx leaves it open whether money moved).
    await armFault(page, {
      route: "POST /admin/payments/*/capture",
      status: 400,
      body: { type: "invalid_data", message: "The payment provider declined the capture." },
    });
    const dialog = await openCapture(page);
    await dialog.getByRole("button", { name: "Confirm" }).click();

    await expect(dialog.getByRole("alert")).toHaveText(
      "Nothing was captured. The server said: The payment provider declined the capture.",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(figure(paymentRow(page), "Captured")).toHaveText("$0.00");
    expect(writes.to("/capture")).toHaveLength(1);
  });
});
