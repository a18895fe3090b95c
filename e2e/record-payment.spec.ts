// Order #1006 owes 25.00 on an open request (a not_paid payment collection). A payment of 10.00
// received in cash is recorded: 15.00 stays outstanding, on a new request whose link asks for it.
import { activity, armFault, expect, figure, summary, test, toast } from "./fixtures";

test.describe("recording a partial payment received outside the store", () => {
  test("records 10.00 in cash of 25.00 outstanding, and 15.00 is left with its payment link", async ({
    page,
    order,
    writes,
  }) => {
    await order(1006);
    const box = summary(page);
    await expect(figure(box, "Outstanding amount")).toHaveText("$25.00");

    await box.getByRole("button", { name: "Record payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Record payment" });
    const amount = dialog.getByLabel("Amount received");
    await expect(amount).toHaveValue("25.00");

    await amount.fill("30");
    await dialog.getByRole("button", { name: "Record $30.00" }).click();
    await expect(dialog.getByText("At most the $25.00 outstanding can be recorded.")).toBeVisible();
    expect(writes.sent).toEqual([]);

    await amount.fill("10");
    await dialog.getByLabel("Payment method").selectOption({ label: "Cash" });
    await dialog.getByLabel("Reference").fill("Till 2, receipt 118");
    await expect(figure(dialog, "After this")).toHaveText("$15.00 to collect");
    await dialog.getByRole("button", { name: "Record $10.00" }).click();

    await expect(toast(page, "Recorded $10.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(box, "Outstanding amount")).toHaveText("$15.00");
    await expect(box.getByRole("button", { name: "Copy payment link" })).toBeVisible();
    await expect(box.getByRole("button", { name: "Record payment" })).toBeVisible();
    // How it was received: on its payment, and in the activity.
    await expect(page.getByText("Received: Cash, reference Till 2, receipt 118")).toBeVisible();
    await expect(activity(page).getByText("Cash, reference Till 2, receipt 118", { exact: true })).toBeVisible();

    expect(writes.sent.map((w) => `${w.method} ${w.path.replace(/(pay_col|order)_\w+/g, "$1_…")}`)).toEqual([
      "POST /admin/payment-collections",
      "POST /admin/payment-collections/pay_col_…/mark-as-paid",
      "POST /admin/orders/order_…",
      "DELETE /admin/payment-collections/pay_col_…",
      "POST /admin/payment-collections",
    ]);
  });

  test(
    "says exactly what happened when the open request cannot be changed after the payment",
    { tag: "@mock" },
    async ({ page, order }) => {
      await order(1006);
      await armFault(page, {
        route: "DELETE /admin/payment-collections/*",
        status: 500,
        body: { type: "unknown_error", message: "An unknown error occurred." },
      });
      const box = summary(page);
      await box.getByRole("button", { name: "Record payment" }).click();
      const dialog = page.getByRole("dialog", { name: "Record payment" });
      await dialog.getByLabel("Amount received").fill("10");
      await dialog.getByRole("button", { name: "Record $10.00" }).click();

      await expect(dialog.getByRole("alert")).toHaveText(
        "Recorded $10.00. The open request could not be changed to $15.00: An unknown error occurred. Its payment link still asks for the old amount; do not send it.",
      );
      // The money on the page is the server's: 10.00 paid, 15.00 outstanding.
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(figure(box, "Outstanding amount")).toHaveText("$15.00");
      await expect(figure(box, "Paid")).toHaveText("$70.00");
    },
  );
});
