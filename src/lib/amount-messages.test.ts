import { afterAll, describe, expect, it } from "vitest";
import { activateLanguage } from "@/i18n/i18n";
import { loadMessages } from "@/i18n/languages";
import { formatMoney } from "./money";
import { parseAmountInput } from "./parse-amount";

describe("amount words in another language", () => {
  afterAll(async () => activateLanguage("en", await loadMessages("en")));

  it("in English an amount in a sentence is the formatted amount, nothing added", () => {
    expect(formatMoney(6000, "USD")).toBe("$60.00");
  });

  it("in Arabic a left-to-right mark after the amount keeps US$ whole inside right-to-left words", async () => {
    activateLanguage("ar", await loadMessages("ar"));
    expect(formatMoney(6000, "USD").endsWith("\u200e")).toBe(true);
    expect(parseAmountInput("", "USD", "ar")).toEqual({ ok: false, error: "أدخل مبلغًا." });
  });

  it("in German the field's refusal is German, its example written as German writes numbers", async () => {
    activateLanguage("de", await loadMessages("de"));
    expect(parseAmountInput("abc", "EUR", "de-DE")).toEqual({
      ok: false,
      error: "Geben Sie den Betrag als Zahl ein, zum Beispiel 12,50.",
    });
  });
});
