// A refused request shows the server's own message, keeps what was typed, and leaves the
// figures as the server has them; a server error is not a refusal. Faults are the demo mock's.
import { armFault, expect, figure, paymentRow, summary, test, toast } from "./fixtures";
import { LATE } from "./unclear-moves";

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

test(
  "a capture that fails with a 500 is checked with the server, not taken as nothing captured",
  { tag: "@mock" },
  async ({ page, order, writes }) => {
    await order(1001);
    // Medusa's body for an error it did not expect: alone, it does not say whether money moved.
    await armFault(page, {
      route: "POST /admin/payments/*/capture",
      status: 500,
      body: { type: "unknown_error", message: "Payment provider timed out" },
    });
    await page.getByRole("button", { name: "Capture payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Capture payment" });
    await dialog.getByLabel("Amount to capture").fill("25");
    await dialog.getByRole("button", { name: "Confirm" }).click();
    // The 500 came before the capture was applied; the plugin runs the app's replay of it, once.
    await expect(toast(page, `Captured $25.00. ${LATE}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(paymentRow(page), "Captured")).toHaveText("$25.00");
    await expect(figure(summary(page), "Paid")).toHaveText("$25.00");
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 25 }, { amount: 25 }]);
  },
);
