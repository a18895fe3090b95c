// Typed or pasted text to an amount in minor units, only when the text means one amount.
// The text is read in every style the merchant's locale allows (number-marks.ts); when two
// styles give two amounts ("0,500" in a 3-decimal currency: half a dinar, or five hundred)
// the field asks instead of guessing.
import * as say from "./amount-messages";
import { isCurrencyMark, ownCurrencyMarks, withoutMark } from "./currency-marks";
import { currencyDigits, decimalToMinor, defaultLocale } from "./money";
import { toAsciiDigits, withoutBidiMarks } from "./native-digits";
import { numberStyles, usableLocale } from "./number-marks";
import { readNumber } from "./read-number";

export type ParsedAmount = { ok: true; amount: number } | { ok: false; error: string };

type Context = { code: string; digits: number; locale: string };
type Split = { negative: boolean; number: string };

const fail = (error: string): ParsedAmount => ({ ok: false, error });

/** Characters a number part may hold; anything else is a currency mark or not an amount. */
const NUMBER_PART = /^[\d.,'’\s\u00a0\u202f\u2009٫٬]*$/;
const OTHER = /[^\d.,'’\s\u00a0\u202f\u2009٫٬]+/g;

/** The sign and number part of the text, once the order's currency mark is taken off either end. */
function splitAmount(text: string, { code, digits, locale }: Context): Split | ParsedAmount {
  const marks = ownCurrencyMarks(code, locale);
  let rest = text;
  let negative = false;
  const takeSign = () => {
    if (negative || !/^[-−]/.test(rest)) return;
    negative = true;
    rest = rest.slice(1).trim();
  };
  takeSign(); // before the mark ("-$5") or after it ("$-5", as de-CH writes it)
  rest = (withoutMark(rest, marks, "start") ?? rest).trim();
  takeSign();
  rest = (withoutMark(rest, marks, "end") ?? rest).trim();
  if (NUMBER_PART.test(rest)) {
    if (rest === "" && !negative) return fail(say.empty());
    if (!/\d/.test(rest)) return fail(say.notANumber(locale, digits));
    return { negative, number: rest };
  }
  // Name the first currency mark found: another currency's, or the order's own in the middle.
  for (const found of rest.match(OTHER) ?? []) {
    const mark = found.trim();
    if (!isCurrencyMark(mark, locale)) continue;
    return fail(marks.includes(mark.toUpperCase()) ? say.markInside(mark) : say.otherCurrency(mark, code));
  }
  return fail(say.notANumber(locale, digits));
}

/** The one value the number part has in every style that can read it, as a decimal string. */
function readOnce(typed: string, { negative, number }: Split, { code, digits, locale }: Context) {
  const values = new Map<string, { whole: string; frac: string }>();
  let tooManyDecimals = false;
  for (const style of numberStyles(locale)) {
    const read = readNumber(number, style, digits);
    if (!read.ok) {
      tooManyDecimals ||= read.why === "decimals";
      continue;
    }
    const whole = read.whole.replace(/^0+(?=\d)/, "") || "0";
    values.set(`${whole}.${read.frac.padEnd(digits, "0")}`, { whole, frac: read.frac });
  }
  const readings = [...values];
  if (readings.length === 0) {
    return fail(tooManyDecimals ? say.tooManyDecimals(code, digits) : say.wrongSeparator(locale, digits));
  }
  if (readings.length > 1) {
    // Only the role of one mark is in question, so there are two readings: the smaller and the larger.
    const [small, large] = readings.map(([decimal]) => decimal).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const sign = negative ? "-" : "";
    return fail(say.twoReadings(typed, [sign + small!, sign + large!], code, locale, digits));
  }
  return readings[0]![1];
}

/** Minor units of `whole`.`frac`, when the API can carry them exactly. */
function toMinor(whole: string, frac: string, code: string): ParsedAmount {
  if (whole.length > 15) return fail(say.tooLarge());
  let minor: number;
  try {
    minor = decimalToMinor(`${whole}.${frac}`, code);
  } catch {
    return fail(say.tooLarge()); // beyond Number.MAX_SAFE_INTEGER minor units
  }
  // Above 2^52 minor units a decimal with cents (or fils) no longer survives the trip to a JSON number.
  const exact = currencyDigits(code) === 0 ? Number.MAX_SAFE_INTEGER : 2 ** 52;
  return minor > exact ? fail(say.tooLarge()) : { ok: true, amount: minor };
}

/**
 * Reads an amount a person typed or pasted ("12.50", "1.234,56 €" in de-DE, "٨٩٫٩٠" in ar-EG)
 * into minor units, exactly, from the string; or says, in words for the field, why it cannot.
 */
export function parseAmountInput(input: string, currency: string, locale = defaultLocale()): ParsedAmount {
  const code = currency.toUpperCase();
  const context: Context = { code, digits: currencyDigits(code), locale: usableLocale(locale) };
  const typed = withoutBidiMarks(input).trim();
  const split = splitAmount(toAsciiDigits(typed), context);
  if ("ok" in split) return split;
  const read = readOnce(typed, split, context);
  if ("ok" in read) return read;
  const parsed = toMinor(read.whole, read.frac, code);
  return parsed.ok && split.negative && parsed.amount !== 0 ? { ok: true, amount: -parsed.amount } : parsed;
}
