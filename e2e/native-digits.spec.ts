// A merchant whose browser writes numbers in other digits (Arabic-Indic in ar-EG, Extended
// Arabic-Indic in fa-IR, Bengali in bn-BD) refunds #1003 (89.90 refundable): the field is
// pre-filled in those digits, Max writes them, a typed amount in them is read, and the server
// receives the amount they say. The merchant reads the admin in English (an ar-EG browser would
// otherwise get Arabic words: e2e/languages.spec.ts); numbers stay in the browser's own digits.
import type { Page } from "@playwright/test";
import { expect, figure, openRefund, test as base, toast } from "./fixtures";

// Chosen before anything loads, the sign-in of a real server's run included.
const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => localStorage.setItem("order-payments-language", "en"));
    await use(page);
  },
});

/**
 * An amount in US dollars as the page writes it in the browser's own locale: right to left it
 * ends with a left-to-right mark, so its "US$" shows whole (decision 009).
 */
const dollars = (page: Page, amount: number) =>
  page.evaluate((value) => {
    const text = new Intl.NumberFormat(navigator.language, { style: "currency", currency: "USD" }).format(value);
    return /^(ar|fa)-/.test(navigator.language) ? `${text}\u200e` : text;
  }, amount);

const locales = [
  { locale: "ar-EG", max: "٨٩٫٩٠" },
  { locale: "fa-IR", max: "۸۹٫۹۰" },
  { locale: "bn-BD", max: "৮৯.৯০" },
];

for (const { locale, max } of locales) {
  test.describe(`refund in ${locale}`, () => {
    test.use({ locale });

    test(`Max writes ${max}, and the refund sends 89.90`, async ({ page, order, writes }) => {
      await order(1003);
      const { row, drawer } = await openRefund(page);
      const amount = drawer.getByLabel("Amount", { exact: true });
      await expect(amount).toHaveValue(max);
      await amount.fill("5");
      await drawer.getByRole("button", { name: /^Refund the maximum/ }).click();
      await expect(amount).toHaveValue(max);

      const money = await dollars(page, 89.9);
      // Nothing is owed back on #1003: every refund is beyond the balance and needs the second yes.
      await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawer.getByRole("button", { name: `Refund ${money}`, exact: true }).click();

      await expect(toast(page, `Refunded ${money}.`)).toBeVisible();
      await expect(drawer).toBeHidden();
      await expect(figure(row, "Refunded")).toHaveText(money);
      expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 89.9 }]);
    });
  });
}

test.describe("refund in ar-EG, typed", () => {
  test.use({ locale: "ar-EG" });

  test("an amount typed in Arabic-Indic digits is read and sent", async ({ page, order, writes }) => {
    await order(1003);
    const { row, drawer } = await openRefund(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("١٢٫٥٠");

    const money = await dollars(page, 12.5);
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await drawer.getByRole("button", { name: `Refund ${money}`, exact: true }).click();

    await expect(toast(page, `Refunded ${money}.`)).toBeVisible();
    await expect(figure(row, "Refunded")).toHaveText(money);
    expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 12.5 }]);
  });
});
