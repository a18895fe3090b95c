// What a merchant may type into the refund panel's Amount field of #1003 (89.90 refundable):
// anything unreadable, ambiguous, in another currency or out of bounds is stopped at the field
// with a message and sends nothing; readable forms send exactly the amount they say. A hostile
// note stays text.
import type { Page } from "@playwright/test";
import { activity, escapeRegExp, expect, figure, openCapture, openRefund, summary, test, toast } from "./fixtures";

/** The refund panel of #1003, pre-filled with everything refundable. */
async function openFullRefund(page: Page) {
  const { row, drawer } = await openRefund(page);
  await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("89.90");
  return { row, drawer };
}

const LIMIT_HINT = "Up to $89.90: what was captured on this payment, less earlier refunds.";

/** Typed text, the submit button's name while it is typed, and the message shown at the field. */
const refused: { typed: string; button: string; message: string }[] = [
  { typed: "", button: "Refund", message: "Enter an amount." },
  { typed: "0", button: "Refund", message: "Enter an amount above zero." },
  { typed: "-5", button: "Refund", message: "Enter an amount above zero." },
  { typed: "abc", button: "Refund", message: "Enter the amount as a number, for example 12.50." },
  { typed: "1e3", button: "Refund", message: "Enter the amount as a number, for example 12.50." },
  { typed: "12.345", button: "Refund", message: "USD amounts have at most 2 decimals." },
  { typed: "89.91", button: "Refund $89.91", message: "You can refund at most $89.90." },
  { typed: "99999999999999999", button: "Refund", message: "That amount is too large." },
  // A lone comma followed by three digits groups thousands in English: 1,234 is 1234.00.
  { typed: " 1,234 ", button: "Refund $1,234.00", message: "You can refund at most $89.90." },
  // German grouping in an English browser: refused, with the form it would take.
  {
    typed: "1.234,56",
    button: "Refund",
    message: "The amount has a separator in the wrong place. Write it like 1,234,567.50 or 1234567.50.",
  },
  { typed: "€7,95", button: "Refund", message: "This order is in USD, not “€”. Enter the amount in USD." },
  { typed: "1$2", button: "Refund", message: "Put “$” before or after the amount, not inside it." },
];

/** Typed text, the submit button's name, and the amount the request must carry. */
const accepted: { typed: string; button: string; amount: number }[] = [
  { typed: "$12.50", button: "Refund $12.50", amount: 12.5 },
  { typed: "12,50", button: "Refund $12.50", amount: 12.5 },
  { typed: "US$7,95", button: "Refund $7.95", amount: 7.95 },
  { typed: " 3.10 ", button: "Refund $3.10", amount: 3.1 },
  { typed: "USD 0.01", button: "Refund $0.01", amount: 0.01 },
  { typed: "89.90", button: "Refund $89.90", amount: 89.9 },
];

test.describe("refund amount input", () => {
  for (const { typed, button, message } of refused) {
    test(`refuses ${JSON.stringify(typed)} at the field and sends nothing`, async ({ page, order, writes }) => {
      await order(1003);
      const { row, drawer } = await openFullRefund(page);
      const amount = drawer.getByLabel("Amount", { exact: true });
      await amount.fill(typed);
      await drawer.getByRole("button", { name: button, exact: true }).click();

      await expect(drawer.getByText(message, { exact: true })).toBeVisible();
      await expect(amount).toHaveAccessibleDescription(`${LIMIT_HINT} ${message}`);
      await expect(amount).toHaveAttribute("aria-invalid", "true");
      await expect(amount).toHaveValue(typed);
      await expect(drawer).toBeVisible();
      expect(writes.to("/refund")).toHaveLength(0);

      await drawer.getByRole("button", { name: "Cancel" }).click();
      await expect(drawer).toBeHidden();
      await expect(figure(row, "Refunded")).toHaveText("$0.00");
      await expect(figure(row, "Refundable")).toHaveText("$89.90");
      expect(writes.to("/refund")).toHaveLength(0);
    });
  }

  for (const { typed, button, amount: sentAmount } of accepted) {
    test(`reads ${JSON.stringify(typed)} and sends ${sentAmount}`, async ({ page, order, writes }) => {
      await order(1003);
      const { row, drawer } = await openFullRefund(page);
      await drawer.getByLabel("Amount", { exact: true }).fill(typed);
      // Nothing is owed back on #1003: every refund is beyond the balance and needs the second yes.
      await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawer.getByRole("button", { name: button, exact: true }).click();

      const money = button.replace(/^Refund /, "");
      await expect(toast(page, `Refunded ${money}.`)).toBeVisible();
      await expect(drawer).toBeHidden();
      await expect(figure(row, "Refunded")).toHaveText(money);
      expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: sentAmount }]);
    });
  }

  test("a note with markup is sent as text and shown as text", async ({ page, order, writes }) => {
    const note = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await order(1003);
    const { row, drawer } = await openFullRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("5");
    await drawer.getByLabel("Note").fill(note);
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: "Refund $5.00" }).click();

    await expect(toast(page, "Refunded $5.00.")).toBeVisible();
    await expect(drawer).toBeHidden();
    expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 5, note }]);

    const listed = row.getByRole("list").getByRole("listitem");
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText(`“${note}”`);
    const event = activity(page).getByRole("listitem").filter({ hasText: "Refunded" });
    await expect(event).toHaveCount(1);
    await expect(event.getByText(new RegExp(`^No reason given · “${escapeRegExp(note)}”$`))).toBeVisible();
    await expect(figure(summary(page), "Refunded")).toHaveText("$5.00");

    // Still text after a reload, when the page is drawn from the stored refund alone.
    await page.reload();
    await expect(listed).toContainText(`“${note}”`);
    await expect(event).toContainText(`“${note}”`);

    await expect(page.locator("img[src=x]")).toHaveCount(0);
    await expect(page.locator("script", { hasText: "alert(" })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

// The real store sells in US dollars only: a 3-decimal currency needs the demo's dinar order.
test.describe("an amount that reads two ways", { tag: "@mock" }, () => {
  test("is asked about at the field, and the way out it offers is taken as said", async ({ page, order, writes }) => {
    await order(1009); // authorized, KWD 15.095
    const dialog = await openCapture(page);
    const amount = dialog.getByLabel("Amount to capture");
    await amount.fill("0,500");
    await dialog.getByRole("button", { name: "Confirm" }).click();

    const question =
      "“0,500” could mean KWD\u00a00.500 or KWD\u00a0500.000. Type 0.500 for the first or 500 for the second.";
    await expect(dialog.getByText(question, { exact: true })).toBeVisible();
    await expect(amount).toHaveAccessibleDescription(`Lower it for a partial capture. ${question}`);
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(writes.to("/capture")).toHaveLength(0);

    await amount.fill("0.500");
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(toast(page, "Captured KWD\u00a00.500.")).toBeVisible();
    expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 0.5 }]);
  });
});
