// Properties of amount reading in the locales and currencies merchants use: what the app itself
// writes into an amount field reads back as the same minor units, what it shows reads back when
// pasted, and when a text could mean two amounts, each way out the message offers means one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyDigits, formatMoney, toInputText } from "./money";
import { parseAmountInput } from "./parse-amount";

const LOCALES = ["en-US", "de-DE", "fr-FR", "de-CH", "en-IN", "ar-EG", "fa-IR", "bn-BD"] as const;
const CURRENCIES = ["usd", "eur", "jpy", "kwd", "inr"] as const;
const RUNS = { numRuns: 400 };

const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom(...CURRENCIES);

/** The largest amount the parser takes: 15 whole digits, and at most 2^52 minor units with decimals. */
const largest = (cur: string) =>
  currencyDigits(cur) === 0 ? 10 ** 15 - 1 : Math.min(10 ** (15 + currencyDigits(cur)) - 1, 2 ** 52);

/** Minor units the parser can take in `cur`, small ones and the edges drawn often. */
const amountIn = (cur: string) =>
  fc.oneof(
    fc.integer({ min: 0, max: largest(cur) }),
    fc.integer({ min: 0, max: 100_000 }),
    fc.constantFrom(0, 1, 10, 99, 100, 500, 1000, 1234, 8990, 123_456, largest(cur)),
  );
const anyCase = fc
  .tuple(locale, currency)
  .chain(([loc, cur]) => fc.tuple(fc.constant(loc), fc.constant(cur), amountIn(cur)));

describe("what the app writes into the amount field", () => {
  // The refund panel and the capture dialog pre-fill toInputText(amount), and the refund
  // panel's Max button writes toInputText(max): both must read back as exactly that amount.
  it("reads back as the same minor units, in every locale and currency", () => {
    fc.assert(
      fc.property(anyCase, ([loc, cur, minor]) => {
        const text = toInputText(minor, cur, loc);
        expect(parseAmountInput(text, cur, loc), `${loc} ${cur} ${text}`).toEqual({ ok: true, amount: minor });
      }),
      RUNS,
    );
  });
});

describe("what the app shows, pasted into the amount field", () => {
  it("reads back with its currency symbol or code, bidi marks and minus sign", () => {
    fc.assert(
      fc.property(anyCase, fc.boolean(), ([loc, cur, minor], negative) => {
        const amount = negative && minor !== 0 ? -minor : minor;
        const shown = formatMoney(amount, cur, loc);
        expect(parseAmountInput(shown, cur, loc), `${loc} ${cur} ${shown}`).toEqual({ ok: true, amount });
      }),
      RUNS,
    );
  });

  it("reads back with the currency left out", () => {
    fc.assert(
      fc.property(anyCase, ([loc, cur, minor]) => {
        const format = new Intl.NumberFormat(loc, { style: "currency", currency: cur.toUpperCase() });
        const parts = format.formatToParts(`${minor}E-${currencyDigits(cur)}` as `${number}`);
        const pasted = parts
          .filter((p) => p.type !== "currency")
          .map((p) => p.value)
          .join("")
          .trim();
        expect(parseAmountInput(pasted, cur, loc), `${loc} ${cur} ${pasted}`).toEqual({ ok: true, amount: minor });
      }),
      RUNS,
    );
  });
});

describe("a 3-decimal amount whose one mark could group or divide", () => {
  const typed = fc.tuple(
    locale,
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0")),
    fc.constantFrom(",", "."),
  );
  const wayOut = /^“.+” could mean .+ or .+\. Type (.+) for the first or (.+) for the second\.$/;

  it("is read only where it has one meaning, and each way out the question offers means one amount", () => {
    fc.assert(
      fc.property(typed, ([loc, whole, frac, mark]) => {
        const parsed = parseAmountInput(`${whole}${mark}${frac}`, "kwd", loc);
        const small = whole * 1000 + Number(frac);
        if (parsed.ok) {
          expect([small, small * 1000]).toContain(parsed.amount);
          return;
        }
        const [, first, second] = wayOut.exec(parsed.error) ?? [];
        expect(first, parsed.error).toBeDefined();
        expect(parseAmountInput(first!, "kwd", loc)).toEqual({ ok: true, amount: small });
        expect(parseAmountInput(second!, "kwd", loc)).toEqual({ ok: true, amount: small * 1000 });
      }),
      RUNS,
    );
  });

  it("is always a question where the locale groups with that mark", () => {
    const grouping = { "en-US": ",", "en-IN": ",", "de-DE": "." } as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(grouping) as (keyof typeof grouping)[])),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 999 }), // "0,000" is nothing either way
        (loc, whole, frac) => {
          const text = `${whole}${grouping[loc]}${String(frac).padStart(3, "0")}`;
          expect(parseAmountInput(text, "kwd", loc)).toEqual({
            ok: false,
            error: expect.stringMatching(/ could mean /),
          });
        },
      ),
      RUNS,
    );
  });
});
