import { describe, expect, it } from "vitest";
import { parseAmountInput } from "./parse-amount";

const NOT_A_NUMBER = "Enter the amount as a number, for example 12.50.";
const EMPTY = "Enter an amount.";
const SEPARATOR = "The amount has a separator in the wrong place.";
const TOO_LARGE = "That amount is too large.";

describe("parseAmountInput: amounts it reads", () => {
  it.each([
    // input, currency, locale, minor units
    ["12.50", "usd", "en-US", 1250],
    ["12,50", "usd", "en-US", 1250], // a lone comma not followed by three digits is a decimal comma
    ["6,95", "usd", "en-US", 695], // Medusa's own dashboard read this as 6
    ["1,234.56", "usd", "en-US", 123456],
    ["1.234,56", "usd", "en-US", 123456], // both marks: the last one is the decimal mark
    ["1,234,567.89", "usd", "en-US", 123456789],
    ["1.234.567,89", "eur", "de-DE", 123456789],
    ["$1,234.56", "usd", "en-US", 123456],
    ["1,234", "usd", "en-US", 123400], // English grouping comma
    ["1.234", "usd", "de-DE", 123400], // German grouping dot
    ["12.50", "usd", "de-DE", 1250],
    ["12,50", "usd", "de-DE", 1250],
    ["¥5,000", "jpy", "en-US", 5000],
    ["5,000", "jpy", "en-US", 5000],
    ["5.000", "jpy", "de-DE", 5000],
    ["12.345", "kwd", "en-US", 12345],
    ["KD 12.345", "kwd", "en-US", 12345],
    ["1.000", "kwd", "en-US", 1000], // three decimals fit KWD
    ["12,345", "kwd", "en-US", 12345000], // ...but a comma and three digits in English is grouping
    ["€ 12,50", "eur", "de-DE", 1250],
    ["12,50 €", "eur", "de-DE", 1250],
    ["USD 10", "usd", "en-US", 1000],
    ["usd 10", "usd", "en-US", 1000],
    ["10 USD", "usd", "en-US", 1000],
    ["US$10", "usd", "en-US", 1000],
    ["0", "usd", "en-US", 0],
    [".5", "usd", "en-US", 50],
    [",50", "usd", "en-US", 50],
    ["12.", "usd", "en-US", 1200],
    ["12.5", "kwd", "en-US", 12500],
    ["9999999999999", "usd", "en-US", 999_999_999_999_900],
    ["999999999999999", "jpy", "en-US", 999_999_999_999_999],
    // whitespace: around the amount, and as a thousands separator (space, NBSP, narrow NBSP, apostrophe)
    [" 12.50 ", "usd", "en-US", 1250],
    ["\t12.50\n", "usd", "en-US", 1250],
    ["\u00a012.50\u00a0", "usd", "en-US", 1250],
    ["1 234.56", "usd", "en-US", 123456],
    ["1\u00a0234,56", "eur", "de-DE", 123456],
    ["1\u202f234.56", "usd", "en-US", 123456],
    ["12 345,67", "eur", "fr-FR", 1234567],
    ["1'234.56", "usd", "en-US", 123456],
    // negative amounts parse; bounds are checked by the form, not here
    ["-5", "usd", "en-US", -500],
    ["−5", "usd", "en-US", -500], // U+2212 minus sign
    ["-$5", "usd", "en-US", -500],
    ["$-5", "usd", "en-US", -500],
    ["-0,01", "usd", "en-US", -1],
  ])("%j %s %s -> %i", (input, currency, locale, minor) => {
    expect(parseAmountInput(input, currency, locale)).toEqual({ ok: true, amount: minor });
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
    ["EUR 10", "usd", "en-US", NOT_A_NUMBER],
    [".", "usd", "en-US", NOT_A_NUMBER],
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
    ["12 50", "usd", "en-US", SEPARATOR], // a space groups thousands too: not 1250
    ["1 23 4", "usd", "en-US", SEPARATOR],
    ["1\u00a023,45", "eur", "de-DE", SEPARATOR],
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

describe("amounts too large to send exactly", () => {
  it("refuses more than 2^52 minor units, which a JSON number cannot carry to the cent", () => {
    expect(parseAmountInput("45035996273704.96", "usd", "en-US")).toEqual({ ok: true, amount: 2 ** 52 });
    expect(parseAmountInput("45035996273704.97", "usd", "en-US")).toEqual({
      ok: false,
      error: "That amount is too large.",
    });
  });
});
