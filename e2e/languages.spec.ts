// The admin in German and in Arabic: chosen in the header, every word changes without a reload,
// the choice survives one, and a capture then a partial refund go through in each language, the
// server receiving exactly what was typed. Arabic reads right to left, its refund panel at the left.
import type { Page } from "@playwright/test";
import { expect, test, toast } from "./fixtures";

const said = (page: Page, message: RegExp) => page.getByRole("status").or(page.getByRole("alert")).getByText(message);

async function choose(page: Page, from: string, language: string) {
  await page.getByRole("combobox", { name: from }).selectOption({ label: language });
}

async function openDemoOrder(page: Page, displayId: number, heading: string) {
  await page.goto(`/orders?q=${displayId}`);
  await page.getByRole("link", { name: `#${displayId}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("@mock Deutsch: chosen in the header, kept after a reload; capture, then a partial refund typed with a decimal comma", async ({
  page,
  writes,
}) => {
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await choose(page, "Language", "Deutsch");
  // No reload: the same page, now in German, and the picker keeps the focus.
  await expect(page.getByRole("heading", { level: 1, name: "Bestellungen" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Sprache" })).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bestellungen" })).toBeVisible();

  await openDemoOrder(page, 1001, "Bestellung #1001");
  await expect(page).toHaveTitle(/Bestellung #1001/);
  const payments = page.getByRole("region", { name: "Zahlungen" });
  await payments.getByRole("button", { name: "Zahlung erfassen" }).click();
  const dialog = page.getByRole("dialog", { name: "Zahlung erfassen" });
  await expect(dialog.getByLabel("Zu erfassender Betrag")).toHaveValue("60,00");
  await dialog.getByRole("button", { name: "Bestätigen" }).click();
  await expect(toast(page, "60,00 $ erfasst.")).toBeVisible();
  await expect(dialog).toBeHidden();

  await payments.getByRole("button", { name: "Zahlungsaktionen" }).click();
  await page.getByRole("menuitem", { name: "Erstatten" }).click();
  const panel = page.getByRole("dialog", { name: "Erstattung" });
  await panel.getByRole("textbox", { name: "Betrag", exact: true }).fill("12,50");
  // Nothing is owed back on #1001: a refund goes beyond the balance and needs a second yes.
  await panel.getByRole("checkbox", { name: "Ja, ich meine diesen Betrag" }).check();
  await panel.getByRole("button", { name: "12,50 $ erstatten" }).click();
  await expect(toast(page, "12,50 $ erstattet.")).toBeVisible();
  await expect(panel).toBeHidden();
  await expect(page.getByRole("region", { name: "Übersicht" })).toContainText("12,50 $");

  expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
  expect(writes.to("/refund").map((r) => (r.body as { amount: number }).amount)).toEqual([12.5]);
});

test("@mock العربية: right to left, the refund panel at the left edge; capture, then a partial refund", async ({
  page,
  writes,
}) => {
  await page.goto("/orders");
  await choose(page, "Language", "العربية");
  await expect(page.getByRole("heading", { level: 1, name: "الطلبات" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  await openDemoOrder(page, 1001, "الطلب #1001");
  const payments = page.getByRole("region", { name: "الدفعات" });
  await payments.getByRole("button", { name: "تحصيل الدفعة" }).click();
  const dialog = page.getByRole("dialog", { name: "تحصيل الدفعة" });
  await dialog.getByRole("button", { name: "تأكيد" }).click();
  await expect(said(page, /^تم تحصيل .*60.*\.$/)).toBeVisible();
  await expect(dialog).toBeHidden();

  await payments.getByRole("button", { name: "إجراءات الدفعة" }).click();
  await page.getByRole("menuitem", { name: "استرداد" }).click();
  const panel = page.getByRole("dialog", { name: "استرداد" });
  await expect(panel).toBeVisible();
  // The panel sits at the left edge, where a right-to-left reader's page ends.
  await expect.poll(async () => (await panel.boundingBox())?.x).toBeLessThan(1);
  await panel.getByRole("textbox", { name: "المبلغ", exact: true }).fill("12.50");
  await panel.getByRole("checkbox", { name: "نعم، أقصد هذا المبلغ" }).check();
  await panel.getByRole("button", { name: /^استرداد .*12.50/ }).click();
  await expect(said(page, /^تم استرداد .*12.50.*\.$/)).toBeVisible();
  await expect(panel).toBeHidden();

  expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 60 }]);
  expect(writes.to("/refund").map((r) => (r.body as { amount: number }).amount)).toEqual([12.5]);
  // Back to English for whoever comes next in this browser.
  await choose(page, "اللغة", "English");
  await expect(page.getByRole("heading", { level: 1, name: "Order #1001" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});
