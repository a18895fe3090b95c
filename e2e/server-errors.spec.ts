// A failed request shows the server's own message, keeps what was typed, and leaves
// the figures as the server has them. Faults are armed in the demo's mock backend.
import { armFault, expect, figure, paymentRow, summary, test } from "./fixtures";

test(
  "a refund the server declines shows its message and keeps the form",
  { tag: "@mock" },
  async ({ page, order, writes }) => {
    await order(1003);
    const row = paymentRow(page);
    await armFault(page, {
      route: "POST /admin/payments/*/refund",
      status: 400,
      body: { type: "invalid_data", message: "Refund declined by the provider" },
    });

    await row.getByRole("button", { name: "Payment actions" }).click();
    await page.getByRole("menuitem", { name: "Refund" }).click();
    const drawer = page.getByRole("dialog", { name: "Refund" });
    await drawer.getByLabel("Amount", { exact: true }).fill("15");
    await drawer.getByLabel("Note").fill("Scratched lid");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $15.00" }).click();

    await expect(drawer.getByRole("alert")).toHaveText(
      "Nothing was refunded. The server said: Refund declined by the provider",
    );
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("15");
    await expect(drawer.getByLabel("Note")).toHaveValue("Scratched lid");
    expect(writes.to("/refund")).toHaveLength(1);

    // The fault was for one request: trying again goes through, and only once.
    await drawer.getByRole("button", { name: "Refund $15.00" }).click();
    await expect(drawer).toBeHidden();
    await expect(figure(row, "Refunded")).toHaveText("$15.00");
    await expect(figure(summary(page), "Refunded")).toHaveText("$15.00");
  },
);

test("a capture that fails on the server shows the server's message", { tag: "@mock" }, async ({ page, order }) => {
  await order(1001);
  await armFault(page, {
    route: "POST /admin/payments/*/capture",
    status: 500,
    body: { type: "unknown_error", message: "Payment provider timed out" },
  });
  await page.getByRole("button", { name: "Capture payment" }).click();
  const dialog = page.getByRole("dialog", { name: "Capture payment" });
  await dialog.getByLabel("Amount to capture").fill("25");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Nothing was captured. The server said: Payment provider timed out",
  );
  await expect(dialog.getByLabel("Amount to capture")).toHaveValue("25");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(figure(paymentRow(page), "Captured")).toHaveText("$0.00");
  await expect(figure(summary(page), "Paid")).toHaveText("$0.00");
});
