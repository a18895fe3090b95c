// Order #1014 (demo only): 60.00 authorized on a 60.00 order, plus a 15.00 payment request. Marking
// the request as paid and then capturing the whole authorization would have the customer pay 75.00.
import { expect, figure, summary, test, toast } from "./fixtures";

test(
  "marking the request as paid, then capturing 60.00, needs an explicit yes to over-collect",
  { tag: "@mock" },
  async ({ page, order, writes }) => {
    await order(1014);
    const box = summary(page);
    await expect(figure(box, "Outstanding amount")).toHaveText("$60.00");

    await box.getByRole("button", { name: "Mark as paid" }).click();
    const mark = page.getByRole("dialog", { name: "Mark as paid" });
    await expect(figure(mark, "Outstanding now")).toHaveText("$60.00 to collect");
    await expect(figure(mark, "After this")).toHaveText("$45.00 to collect");
    await expect(mark).toContainText(
      "This order also has $60.00 authorized and not yet captured. Once this is marked as paid, capturing more than $45.00 of it collects more than the order total.",
    );
    await mark.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Marked $15.00 as paid.")).toBeVisible();
    await expect(mark).toBeHidden();
    await expect(figure(box, "Outstanding amount")).toHaveText("$45.00");

    // The capture starts at what settles the order, and says why.
    await page.getByRole("button", { name: "Capture payment" }).click();
    const dialog = page.getByRole("dialog", { name: "Capture payment" });
    const amount = dialog.getByLabel("Amount to capture");
    await expect(amount).toHaveValue("45.00");
    await expect(dialog).toContainText("$60.00 of this payment is authorized and not yet captured.");
    await expect(dialog).toContainText("The amount starts at $45.00, what the customer still owes on this order");
    await expect(figure(dialog, "After this")).toHaveText("nothing outstanding");

    // The whole authorization instead: the dialog names the difference and wants a tick.
    await amount.fill("60");
    await expect(figure(dialog, "Outstanding now")).toHaveText("$45.00 to collect");
    await expect(figure(dialog, "After this")).toHaveText("$15.00 owed to the customer");
    await expect(dialog.getByText("This collects $15.00 more than the order total.")).toBeVisible();
    const yes = dialog.getByRole("checkbox", { name: "Yes, I mean this amount" });
    await expect(yes).not.toBeChecked();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(dialog.getByText("Tick “Yes, I mean this amount” to capture it, or lower the amount.")).toBeVisible();
    expect(writes.to("/capture")).toHaveLength(0);

    // A tick holds for one amount only.
    await yes.check();
    await amount.fill("50");
    await expect(dialog.getByText("This collects $5.00 more than the order total.")).toBeVisible();
    await expect(yes).not.toBeChecked();

    await amount.fill("60");
    await yes.check();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Captured $60.00.")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(figure(box, "Paid")).toHaveText("$75.00");
    await expect(figure(box, "Outstanding amount")).toHaveText("$15.00");
    await expect(box.getByText("To refund to the customer.")).toBeVisible();
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
  },
);
