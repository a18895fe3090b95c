import { describe, expect, it } from "vitest";
import { parseAmountInput } from "./parse-amount";

const EMPTY = "Enter an amount.";
const NOT_A_NUMBER = "Enter the amount as a number, for example 12.50.";
const TOO_LARGE = "That amount is too large.";
const SEPARATOR = "The amount has a separator in the wrong place. Write it like 1,234,567.50 or 1234567.50.";
const SEPARATOR_DE = "The amount has a separator in the wrong place. Write it like 1.234.567,50 or 1234567,50.";

describe("parseAmountInput: amounts it reads", () => {
  it.each([
    // input, currency, locale, minor units
    ["12.50", "usd", "en-US", 1250],
    ["12,50", "usd", "en-US", 1250], // a comma before two digits can only be a decimal comma
    ["6,95", "usd", "en-US", 695], // Medusa's own dashboard read this as 6
    ["1,234.56", "usd", "en-US", 123456],
    ["1,234,567.89", "usd", "en-US", 123456789],
    ["1.234.567,89", "eur", "de-DE", 123456789],
    ["$1,234.56", "usd", "en-US", 123456],
    ["1,234", "usd", "en-US", 123400], // English grouping comma: 1.234 would be three decimals
    ["1.234", "usd", "de-DE", 123400], // German grouping dot, likewise
    ["12.50", "usd", "de-DE", 1250],
    ["12,50", "usd", "de-DE", 1250],
    ["¥5,000", "jpy", "en-US", 5000],
    ["5,000", "jpy", "en-US", 5000],
    ["5.000", "jpy", "de-DE", 5000],
    ["12.345", "kwd", "en-US", 12345],
    ["KWD 12.345", "kwd", "en-US", 12345],
    ["0.500", "kwd", "en-US", 500],
    ["1.000", "kwd", "en-US", 1000], // a dot is never grouping in English
    ["0,500", "kwd", "de-DE", 500], // nor a comma in German
    ["1,234", "kwd", "de-DE", 1234],
    ["500", "kwd", "en-US", 500000],
    ["€ 12,50", "eur", "de-DE", 1250],
    ["12,50 €", "eur", "de-DE", 1250],
    ["USD 10", "usd", "en-US", 1000],
    ["usd 10", "usd", "en-US", 1000],
    ["10 USD", "usd", "en-US", 1000],
    ["US$10", "usd", "en-US", 1000], // the symbol in international English
    ["10 $US", "usd", "fr-FR", 1000], // and in French
    ["CHF 10.50", "chf", "de-CH", 1050],
    ["0", "usd", "en-US", 0],
    [".5", "usd", "en-US", 50],
    [",50", "usd", "en-US", 50],
    ["12.", "usd", "en-US", 1200],
    ["12.5", "kwd", "en-US", 12500],
    ["9999999999999", "usd", "en-US", 999_999_999_999_900],
    ["999999999999999", "jpy", "en-US", 999_999_999_999_999],
    [" 12.50 ", "usd", "en-US", 1250],
    ["\t12.50\n", "usd", "en-US", 1250],
    ["\u00a012.50\u00a0", "usd", "en-US", 1250],
    // each locale's own grouping: its marks, and its pattern
    ["1,23,45,678.00", "inr", "en-IN", 1_234_567_800],
    ["₹12,34,567.89", "inr", "en-IN", 123_456_789],
    ["1,234.50", "inr", "en-IN", 123_450],
    ["1\u2019234.50", "chf", "de-CH", 123_450],
    ["1'234'567.50", "chf", "de-CH", 123_456_750],
    ["1\u202f234,50", "eur", "fr-FR", 123_450],
    ["1\u00a0234,50", "eur", "fr-FR", 123_450],
    ["12 345,67", "eur", "fr-FR", 1_234_567],
    // native digits and marks, as Intl writes them and as people type them
    ["٨٩٫٩٠", "usd", "ar-EG", 8990],
    ["١٬٢٣٤٫٥٠", "usd", "ar-EG", 123_450],
    ["1,234.50", "usd", "ar-EG", 123_450], // ar-EG written in Latin digits
    ["89.90", "usd", "ar-EG", 8990],
    ["\u200f١٢٫٥٠٠ د.ك.\u200f", "kwd", "ar-EG", 12_500],
    ["\u061c-\u200f١٢٫٥٠ US$", "usd", "ar-EG", -1250],
    ["۸۹٫۹۰", "usd", "fa-IR", 8990],
    ["۱٬۲۳۴٫۵۰", "usd", "fa-IR", 123_450],
    ["\u200e\u2212\u200e$۱۲٫۵۰", "usd", "fa-IR", -1250],
    ["৮৯.৯০", "usd", "bn-BD", 8990],
    ["১২,৩৪,৫৬৭.৮৯", "usd", "bn-BD", 123_456_789],
    ["८९.९०", "inr", "hi-IN", 8990],
    // negative amounts parse; bounds are checked by the form, not here
    ["-5", "usd", "en-US", -500],
    ["−5", "usd", "en-US", -500], // U+2212 minus sign
    ["-$5", "usd", "en-US", -500],
    ["$-5", "usd", "en-US", -500],
    ["-0,01", "usd", "en-US", -1],
    ["-0", "usd", "en-US", 0],
  ])("%j %s %s -> %i", (input, currency, locale, minor) => {
    expect(parseAmountInput(input, currency, locale)).toEqual({ ok: true, amount: minor });
  });
});

describe("parseAmountInput: one meaning, or a question", () => {
  it.each([
    [
      "0,500",
      "kwd",
      "en-US",
      "“0,500” could mean KWD\u00a00.500 or KWD\u00a0500.000. Type 0.500 for the first or 500 for the second.",
    ],
    [
      "12,345",
      "kwd",
      "en-US",
      "“12,345” could mean KWD\u00a012.345 or KWD\u00a012,345.000. Type 12.345 for the first or 12345 for the second.",
    ],
    [
      "1.234",
      "kwd",
      "de-DE",
      "“1.234” could mean 1,234\u00a0KWD or 1.234,000\u00a0KWD. Type 1,234 for the first or 1234 for the second.",
    ],
    [
      "1.000",
      "kwd",
      "de-DE",
      "“1.000” could mean 1,000\u00a0KWD or 1.000,000\u00a0KWD. Type 1 for the first or 1000 for the second.",
    ],
    [
      " -1,500 ",
      "kwd",
      "en-US",
      "“-1,500” could mean -KWD\u00a01.500 or -KWD\u00a01,500.000. Type -1.500 for the first or -1500 for the second.",
    ],
  ])("%j %s %s", (input, currency, locale, error) => {
    expect(parseAmountInput(input, currency, locale)).toEqual({ ok: false, error });
  });

  it("takes each way out it offers as the one amount it names", () => {
    expect(parseAmountInput("0.500", "kwd", "en-US")).toEqual({ ok: true, amount: 500 });
    expect(parseAmountInput("500", "kwd", "en-US")).toEqual({ ok: true, amount: 500_000 });
    expect(parseAmountInput("1,234", "kwd", "de-DE")).toEqual({ ok: true, amount: 1234 });
    expect(parseAmountInput("1234", "kwd", "de-DE")).toEqual({ ok: true, amount: 1_234_000 });
  });
});

describe("parseAmountInput: currency marks", () => {
  it.each([
    ["€10", "usd", "en-US", "This order is in USD, not “€”. Enter the amount in USD."],
    ["€7,95", "usd", "en-US", "This order is in USD, not “€”. Enter the amount in USD."],
    ["10 €", "usd", "en-US", "This order is in USD, not “€”. Enter the amount in USD."],
    ["EUR 10", "usd", "en-US", "This order is in USD, not “EUR”. Enter the amount in USD."],
    ["10 jpy", "usd", "en-US", "This order is in USD, not “jpy”. Enter the amount in USD."],
    ["£5", "usd", "en-US", "This order is in USD, not “£”. Enter the amount in USD."],
    ["$10", "eur", "de-DE", "This order is in EUR, not “$”. Enter the amount in EUR."],
    ["10 US$", "kwd", "en-US", "This order is in KWD, not “US$”. Enter the amount in KWD."],
    ["$10 €", "usd", "en-US", "This order is in USD, not “€”. Enter the amount in USD."],
    ["1$2", "usd", "en-US", "Put “$” before or after the amount, not inside it."],
    ["12 USD 50", "usd", "en-US", "Put “USD” before or after the amount, not inside it."],
    ["1€2", "usd", "en-US", "This order is in USD, not “€”. Enter the amount in USD."],
  ])("%j %s %s", (input, currency, locale, error) => {
    expect(parseAmountInput(input, currency, locale)).toEqual({ ok: false, error });
  });
});

describe("parseAmountInput: what it refuses, and the words it uses", () => {
  it.each([
    // input, currency, locale, error
    ["", "usd", "en-US", EMPTY],
    ["   ", "usd", "en-US", EMPTY],
    ["\u00a0", "usd", "en-US", EMPTY],
    ["USD", "usd", "en-US", EMPTY],
    ["1e3", "usd", "en-US", NOT_A_NUMBER],
    ["abc", "usd", "en-US", NOT_A_NUMBER],
    ["12a", "usd", "en-US", NOT_A_NUMBER],
    ["NaN", "usd", "en-US", NOT_A_NUMBER],
    ["Infinity", "usd", "en-US", NOT_A_NUMBER],
    ["--5", "usd", "en-US", NOT_A_NUMBER],
    ["-", "usd", "en-US", NOT_A_NUMBER],
    [".", "usd", "en-US", NOT_A_NUMBER],
    ["KD 12.345", "kwd", "en-US", "Enter the amount as a number, for example 12.500."], // not a mark Intl writes
    ["abc", "jpy", "de-DE", "Enter the amount as a number, for example 1250."],
    ["12.505", "usd", "en-US", "USD amounts have at most 2 decimals."],
    ["1.234", "usd", "en-US", "USD amounts have at most 2 decimals."], // not grouping in English
    ["1,234", "usd", "de-DE", "USD amounts have at most 2 decimals."], // not grouping in German
    ["12.3456", "kwd", "en-US", "KWD amounts have at most 3 decimals."],
    ["12,5", "jpy", "en-US", "JPY amounts have no decimals."],
    ["1,000.5", "jpy", "en-US", "JPY amounts have no decimals."],
    ["1,23,4", "usd", "en-US", SEPARATOR],
    ["1.2.3", "usd", "en-US", SEPARATOR],
    ["1,234.5.6", "usd", "en-US", SEPARATOR],
    [",123.45", "usd", "en-US", SEPARATOR],
    ["12 50", "usd", "en-US", SEPARATOR],
    // grouping marks only where the locale puts them
    ["1.234,56", "usd", "en-US", SEPARATOR],
    ["1 234.56", "usd", "en-US", SEPARATOR],
    ["1'234.56", "usd", "en-US", SEPARATOR],
    ["1\u202f234.56", "usd", "en-US", SEPARATOR],
    ["1,234.56", "eur", "de-DE", SEPARATOR_DE],
    ["1\u00a0234,56", "eur", "de-DE", SEPARATOR_DE],
    [
      "1,234,567.00",
      "inr",
      "en-IN",
      "The amount has a separator in the wrong place. Write it like 12,34,567.50 or 1234567.50.",
    ],
    ["12345678901234567", "usd", "en-US", TOO_LARGE],
    ["9999999999999999", "jpy", "en-US", TOO_LARGE],
    // 14 and 15 digit whole amounts pass the digit count but not Number.MAX_SAFE_INTEGER cents
    ["99999999999999", "usd", "en-US", TOO_LARGE],
    ["999999999999999", "usd", "en-US", TOO_LARGE],
    ["999999999999999.99", "usd", "en-US", TOO_LARGE],
    ["9999999999999", "kwd", "en-US", TOO_LARGE],
  ])("%j %s %s", (input, currency, locale, error) => {
    expect(parseAmountInput(input, currency, locale)).toEqual({ ok: false, error });
  });
});

it("shows de-CH its own grouping mark, whichever apostrophe this engine's Intl writes", () => {
  expect(parseAmountInput("1.234,50", "chf", "de-CH")).toEqual({
    ok: false,
    error: expect.stringMatching(
      /^The amount has a separator in the wrong place\. Write it like 1(?<g>['’])234\k<g>567\.50 or 1234567\.50\.$/,
    ),
  });
});

describe("amounts too large to send exactly", () => {
  it("refuses more than 2^52 minor units, which a JSON number cannot carry to the cent", () => {
    expect(parseAmountInput("45035996273704.96", "usd", "en-US")).toEqual({ ok: true, amount: 2 ** 52 });
    expect(parseAmountInput("45035996273704.97", "usd", "en-US")).toEqual({ ok: false, error: TOO_LARGE });
  });
});
