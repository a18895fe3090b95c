import { describe, expect, it } from "vitest";
import {
  currencyDigits,
  decimalToMinor,
  formatMoney,
  formatSignedMoney,
  fromApi,
  sumMinor,
  toApi,
  toDecimalString,
} from "./money";

/** Intl puts (narrow) no-break spaces between number and symbol; compare them as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("currencyDigits", () => {
  it.each([
    ["usd", 2],
    ["EUR", 2],
    ["jpy", 0],
    ["KRW", 0],
    ["kwd", 3],
    ["BHD", 3],
  ])("%s has %i fraction digits", (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });
});

describe("decimalToMinor", () => {
  it.each([
    // text, currency, minor units
    ["60", "usd", 6000],
    ["45.01", "usd", 4501],
    ["0.30000000000000004", "usd", 30], // what 0.1 + 0.2 prints as
    ["-0.01", "usd", -1],
    ["+5", "usd", 500],
    ["1.", "usd", 100],
    [".5", "usd", 50],
    [" 7 ", "usd", 700],
    ["5000", "jpy", 5000],
    ["12.345", "kwd", 12345],
    ["-0.001", "kwd", -1],
    // exponents
    ["1e-7", "usd", 0],
    ["5e-3", "usd", 1],
    ["1e3", "usd", 100000],
    ["1E2", "usd", 10000],
    ["1.5e2", "usd", 15000],
    // digits beyond the currency's precision: half away from zero, on the exact decimal
    ["0.005", "usd", 1],
    ["0.0049", "usd", 0],
    ["-0.005", "usd", -1],
    ["2.675", "usd", 268], // 2.675 as a double is 2.67499..., the string is not
    ["12.3456", "kwd", 12346],
    ["0.5", "jpy", 1],
    ["-0.5", "jpy", -1],
    ["5000.4", "jpy", 5000],
    ["90071992547409.91", "usd", Number.MAX_SAFE_INTEGER],
  ])("%s %s -> %i", (text, currency, minor) => {
    expect(decimalToMinor(text, currency)).toBe(minor);
  });

  it("never answers negative zero", () => {
    expect(Object.is(decimalToMinor("-0.001", "usd"), 0)).toBe(true);
    expect(Object.is(decimalToMinor("-0", "usd"), 0)).toBe(true);
  });

  it.each([
    ["", 'Not a decimal amount: ""'],
    [".", 'Not a decimal amount: "."'],
    ["-", 'Not a decimal amount: "-"'],
    ["abc", 'Not a decimal amount: "abc"'],
    ["1,000", 'Not a decimal amount: "1,000"'],
    ["e5", 'Not a decimal amount: "e5"'],
    ["1e", 'Not a decimal amount: "1e"'],
    ["NaN", 'Not a decimal amount: "NaN"'],
    ["1e21", 'Amount out of range: "1e21"'],
    ["90071992547409.92", 'Amount out of range: "90071992547409.92"'],
  ])("rejects %j", (text, message) => {
    expect(() => decimalToMinor(text, "usd")).toThrow(message);
  });
});

describe("fromApi", () => {
  it.each([
    // value, currency, raw, minor units
    [0.1 + 0.2, "usd", undefined, 30],
    [45.01, "usd", undefined, 4501],
    [17.71, "usd", undefined, 1771],
    [6.95, "usd", undefined, 695],
    [1.005, "usd", undefined, 101], // read as the decimal the server meant, not the double below it
    [-0.01, "usd", undefined, -1],
    [1e-7, "usd", undefined, 0], // String(1e-7) is "1e-7"
    [5000, "jpy", undefined, 5000],
    [12.345, "kwd", undefined, 12345],
    ["12.5", "usd", undefined, 1250],
    [null, "usd", undefined, 0],
    [undefined, "usd", undefined, 0],
    [5, "usd", null, 500],
    // the exact raw string wins over the number
    [45, "usd", { value: "45.01" }, 4501],
    [0.3, "usd", { value: "0.30000000000000004" }, 30],
    [60, "usd", { value: "60" }, 6000],
    [-0.01, "usd", { value: "-0.01" }, -1],
    [null, "kwd", { value: "12.345" }, 12345],
  ] as const)("%j %s raw %j -> %i", (value, currency, raw, minor) => {
    expect(fromApi(value, currency, raw)).toBe(minor);
  });

  it("refuses amounts beyond safe integers", () => {
    expect(() => fromApi(1e21, "usd")).toThrow('Amount out of range: "1e+21"');
  });
});

describe("toDecimalString and toApi", () => {
  it.each([
    // minor, currency, decimal string, JSON number
    [4501, "usd", "45.01", 45.01],
    [5, "usd", "0.05", 0.05],
    [0, "usd", "0.00", 0],
    [-1, "usd", "-0.01", -0.01],
    [-4501, "usd", "-45.01", -45.01],
    [5, "jpy", "5", 5],
    [-5000, "jpy", "-5000", -5000],
    [12345, "kwd", "12.345", 12.345],
    [-1, "kwd", "-0.001", -0.001],
    [999_999_999_999_999, "usd", "9999999999999.99", 9999999999999.99],
    [Number.MAX_SAFE_INTEGER, "jpy", "9007199254740991", Number.MAX_SAFE_INTEGER],
  ])("%i %s -> %j / %j", (minor, currency, text, number) => {
    expect(toDecimalString(minor, currency)).toBe(text);
    expect(toApi(minor, currency)).toBe(number);
  });

  it("serialises to the JSON Medusa expects", () => {
    expect(JSON.stringify({ amount: toApi(4501, "usd") })).toBe('{"amount":45.01}');
    expect(JSON.stringify({ amount: toApi(-1, "kwd") })).toBe('{"amount":-0.001}');
  });

  it.each([
    [Number.MAX_SAFE_INTEGER, "usd", "90071992547409.91"],
    [-Number.MAX_SAFE_INTEGER, "usd", "-90071992547409.91"],
    [Number.MAX_SAFE_INTEGER, "kwd", "9007199254740.991"],
    [-Number.MAX_SAFE_INTEGER, "kwd", "-9007199254740.991"],
  ])("writes huge amounts exactly: %i %s", (minor, currency, text) => {
    expect(toDecimalString(minor, currency)).toBe(text);
    expect(decimalToMinor(text, currency)).toBe(minor);
  });

  const samples = [0, 1, -1, 5, 99, 100, 4501, -4501, 123456789, -987654321, 999_999_999_999_999, -999_999_999_999_999];
  it.each(["usd", "jpy", "kwd"])("round-trips through the decimal string and the JSON number (%s)", (currency) => {
    for (const minor of [...samples, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      expect(decimalToMinor(toDecimalString(minor, currency), currency)).toBe(minor);
    }
    // A JSON number holds 15 significant digits exactly; every amount up to that survives the trip.
    for (const minor of samples) {
      expect(fromApi(toApi(minor, currency), currency)).toBe(minor);
      expect(fromApi(JSON.parse(JSON.stringify(toApi(minor, currency))) as number, currency)).toBe(minor);
    }
  });
});

describe("formatMoney", () => {
  it.each([
    // minor, currency, en-US, de-DE
    [4501, "usd", "$45.01", "45,01 $"],
    [0, "usd", "$0.00", "0,00 $"],
    [-1, "usd", "-$0.01", "-0,01 $"],
    [123456789, "usd", "$1,234,567.89", "1.234.567,89 $"],
    [Number.MAX_SAFE_INTEGER, "usd", "$90,071,992,547,409.91", "90.071.992.547.409,91 $"],
    [123456, "eur", "€1,234.56", "1.234,56 €"],
    [500000, "jpy", "¥500,000", "500.000 ¥"],
    [-500000, "jpy", "-¥500,000", "-500.000 ¥"],
    [12345, "kwd", "KWD 12.345", "12,345 KWD"],
    [-1, "kwd", "-KWD 0.001", "-0,001 KWD"],
  ])("%i %s", (minor, currency, enUS, deDE) => {
    expect(plain(formatMoney(minor, currency, "en-US"))).toBe(enUS);
    expect(plain(formatMoney(minor, currency, "de-DE"))).toBe(deDE);
  });

  it("takes the currency code in either case", () => {
    expect(formatMoney(4501, "USD", "en-US")).toBe(formatMoney(4501, "usd", "en-US"));
  });
});

describe("formatSignedMoney", () => {
  it.each([
    // minor, plus, en-US, de-DE
    [-2000, false, "−$20.00", "−20,00 $"],
    [2500, true, "+$25.00", "+25,00 $"],
    [2500, false, "$25.00", "25,00 $"],
    [0, true, "$0.00", "0,00 $"],
  ])("%i (plus: %s)", (minor, plus, enUS, deDE) => {
    expect(plain(formatSignedMoney(minor, "usd", plus, "en-US"))).toBe(enUS);
    expect(plain(formatSignedMoney(minor, "usd", plus, "de-DE"))).toBe(deDE);
  });

  it("right to left the sign stays with the number, as Intl places it, and US$ stays whole", () => {
    // Intl's marks keep "−20.00" one left-to-right run; the last mark keeps "US$" from reading "$US".
    expect(formatSignedMoney(-2000, "usd", false, "ar")).toBe("\u200f\u200e−20.00\u00a0US$\u200e");
  });
});

describe("sumMinor", () => {
  it("adds integers exactly where floats drift", () => {
    expect(sumMinor([10, 20])).toBe(30);
    expect(sumMinor([1771, -1, 1])).toBe(1771);
    expect(sumMinor([])).toBe(0);
    expect(sumMinor(new Set([4501, 1499]))).toBe(6000);
  });
});
