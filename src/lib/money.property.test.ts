// Properties of the money boundary, over random amounts: every conversion the app makes
// between minor units, the API's decimal numbers and what a person reads or pastes gives
// the same number of minor units back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyDigits, decimalToMinor, formatMoney, fromApi, toApi, toDecimalString, toInputText } from "./money";
import { parseAmountInput } from "./parse-amount";

const CURRENCIES = ["usd", "jpy", "kwd"] as const;
const LOCALES = ["en-US", "de-DE"] as const;
const RUNS = { numRuns: 300 };

const currency = fc.constantFrom(...CURRENCIES);
const locale = fc.constantFrom(...LOCALES);
/** Any safe integer, with small amounts and the edges drawn often. */
const safeMinor = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, 1, -1, 99, 100, 101, 999, 1000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
);

/** Removes the currency symbol or code from a formatted amount, as a person pasting it into a field would. */
const withoutCurrency = (text: string) => text.replace(/[^\d.,\s\u00a0\u202f\-\u2212]/g, "").trim();

/**
 * From here on the parser refuses: a whole part of more than 15 digits, or, for currencies with
 * decimals, more than 2^52 minor units (beyond which a JSON number cannot carry the cents exactly).
 */
const beyondParser = (currencyCode: string) =>
  currencyDigits(currencyCode) === 0 ? 10 ** 15 : Math.min(10 ** (15 + currencyDigits(currencyCode)), 2 ** 52 + 1);

describe("toDecimalString and decimalToMinor", () => {
  it("give back the same minor units for every safe integer", () => {
    fc.assert(
      fc.property(safeMinor, currency, (minor, cur) => {
        expect(decimalToMinor(toDecimalString(minor, cur), cur)).toBe(minor);
      }),
      RUNS,
    );
  });

  it("write exactly the currency's number of decimals", () => {
    fc.assert(
      fc.property(safeMinor, currency, (minor, cur) => {
        const text = toDecimalString(minor, cur);
        const digits = currencyDigits(cur);
        expect(text).toMatch(digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${digits}}$`));
      }),
      RUNS,
    );
  });
});

describe("formatMoney then parseAmountInput", () => {
  it("reads back the amount shown, pasted with its currency symbol or code", () => {
    fc.assert(
      fc.property(safeMinor, currency, locale, (minor, cur, loc) => {
        const parsed = parseAmountInput(formatMoney(minor, cur, loc), cur, loc);
        if (Math.abs(minor) >= beyondParser(cur))
          expect(parsed).toEqual({ ok: false, error: "That amount is too large." });
        else expect(parsed).toEqual({ ok: true, amount: minor });
      }),
      RUNS,
    );
  });

  it("reads back the amount shown, pasted with the symbol or code removed", () => {
    fc.assert(
      fc.property(safeMinor, currency, locale, (minor, cur, loc) => {
        const pasted = withoutCurrency(formatMoney(minor, cur, loc));
        const parsed = parseAmountInput(pasted, cur, loc);
        if (Math.abs(minor) >= beyondParser(cur))
          expect(parsed).toEqual({ ok: false, error: "That amount is too large." });
        else expect(parsed, pasted).toEqual({ ok: true, amount: minor });
      }),
      RUNS,
    );
  });

  it("reads back what the amount field is prefilled with (toInputText)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 - 1 }), currency, locale, (minor, cur, loc) => {
        expect(parseAmountInput(toInputText(minor, cur, loc), cur, loc)).toEqual({ ok: true, amount: minor });
      }),
      RUNS,
    );
  });
});

describe("toApi, JSON and fromApi", () => {
  // A JSON number is a double: it carries every minor unit exactly up to 2^52 of them for
  // currencies with decimals, and up to Number.MAX_SAFE_INTEGER for those without.
  const exactLimit = (cur: string) => (currencyDigits(cur) === 0 ? Number.MAX_SAFE_INTEGER : 2 ** 52);
  const apiMinor = currency.chain((cur) =>
    fc.tuple(
      fc.oneof(
        fc.integer({ min: -exactLimit(cur), max: exactLimit(cur) }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom(0, 1, -1, exactLimit(cur), -exactLimit(cur), exactLimit(cur) - 1),
      ),
      fc.constant(cur),
    ),
  );

  it("send and read back the same minor units, as a number and as a raw decimal string", () => {
    fc.assert(
      fc.property(apiMinor, ([minor, cur]) => {
        const sent: unknown = JSON.parse(JSON.stringify({ amount: toApi(minor, cur) }));
        const { amount } = sent as { amount: number };
        expect(fromApi(amount, cur)).toBe(minor);
        expect(fromApi(amount, cur, { value: toDecimalString(minor, cur) })).toBe(minor);
        expect(fromApi(String(amount), cur)).toBe(minor);
      }),
      RUNS,
    );
  });
});

describe("parseAmountInput on anything typed or pasted", () => {
  const assertTotal = (input: string, cur: string, loc: string) => {
    let parsed: ReturnType<typeof parseAmountInput>;
    expect(() => {
      parsed = parseAmountInput(input, cur, loc);
    }).not.toThrow();
    if (parsed!.ok) expect(Number.isSafeInteger(parsed!.amount), `${input} -> ${parsed!.amount}`).toBe(true);
    else expect(parsed!.error).toMatch(/\S/);
  };

  // A thousand inputs, most of them refused with a sentence in the merchant's language: a
  // ceiling for a busy two-core CI machine, not a wait (it takes about 7 s on an idle one).
  it("never throws on arbitrary strings: a safe integer or an error message", { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), currency, locale, assertTotal), {
      numRuns: 1000,
    });
  });

  it("never throws on strings made of the characters amounts are written with", () => {
    const amountChars = fc.constantFrom(
      ..."0123456789012345678901234567890123456789.,.,.,-−+ '\u00a0\u202f$€£¥₩₹eE".split(""),
      "US$",
      "KD",
      "د.ك",
      "USD",
      "jpy",
      "KWD",
      "1e400",
    );
    fc.assert(
      fc.property(
        fc.array(amountChars, { maxLength: 40 }).map((parts) => parts.join("")),
        currency,
        locale,
        assertTotal,
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on very long digit strings", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789.,"), minLength: 15, maxLength: 400 }),
        currency,
        locale,
        assertTotal,
      ),
      RUNS,
    );
  });
});
