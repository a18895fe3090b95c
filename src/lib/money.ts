// Money is an integer count of the currency's minor units (cents, yen, fils).
// The Medusa API speaks decimal major units; we convert once at the boundary and
// never do arithmetic on floating-point amounts.
import { currentLocale } from "../i18n/locale";

export type Money = { amount: number; currency: string };

const digitsCache = new Map<string, number>();

/** Fraction digits of a currency (USD 2, JPY 0, KWD 3), as the browser's Intl knows them. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  return digits;
}

/**
 * Exact conversion of a decimal string ("60", "-0.01", "1e-7") to minor units.
 * Digits beyond the currency's precision are rounded half away from zero, as
 * a server total with sub-cent tax would be shown.
 */
export function decimalToMinor(text: string, currency: string): number {
  const match = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match || (match[2] === "" && !match[3])) throw new Error(`Not a decimal amount: "${text}"`);
  const [, sign, whole = "", frac = "", exp = "0"] = match;
  // Shift the decimal point by the exponent plus the currency digits, on the digit string.
  const shift = Number(exp) + currencyDigits(currency);
  const digits = whole + frac;
  const point = whole.length + shift; // position of the decimal point inside `digits`
  const padded = point > digits.length ? digits + "0".repeat(point - digits.length) : digits;
  const intPart = point <= 0 ? "0" : padded.slice(0, point) || "0";
  const rest = point <= 0 ? "0".repeat(-point) + digits : padded.slice(point);
  let minor = Number(intPart);
  if ((rest[0] ?? "0") >= "5") minor += 1;
  if (!Number.isSafeInteger(minor)) throw new Error(`Amount out of range: "${text}"`);
  return sign === "-" && minor !== 0 ? -minor : minor;
}

type RawAmount = { value: string } | null | undefined;

/** An API amount to minor units, preferring the exact `raw_*` string when the server sent one. */
export function fromApi(value: number | string | null | undefined, currency: string, raw?: RawAmount): number {
  if (raw && typeof raw.value === "string") return decimalToMinor(raw.value, currency);
  if (value === null || value === undefined) return 0;
  // String(n) is the shortest text that reads back as the same double: "45.01", not 45.00999...
  return decimalToMinor(typeof value === "number" ? String(value) : value, currency);
}

/** Minor units as a plain decimal string in major units: 4501 USD -> "45.01", 5 JPY -> "5". */
export function toDecimalString(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Minor units to the JSON number the Medusa API expects (45.01 serialises as "45.01"). */
export function toApi(minor: number, currency: string): number {
  return Number(toDecimalString(minor, currency));
}

const formatters = new Map<string, Intl.NumberFormat>();
const RIGHT_TO_LEFT = /^(ar|fa|he|ur|ps|ckb|dv|yi)(-|$)/i;

export function formatMoney(minor: number, currency: string, locale = defaultLocale()): string {
  return written(minor, currency, locale, "auto");
}

/**
 * An amount as a change to money: "−$20.00", and "+$25.00" when `plus` is asked for. Intl puts
 * the sign where the locale writes it (right to left too); it is then a true minus sign.
 */
export const formatSignedMoney = (minor: number, currency: string, plus = false, locale = defaultLocale()) =>
  written(minor, currency, locale, plus ? "exceptZero" : "auto").replace("-", "\u2212");

function written(minor: number, currency: string, locale: string, signDisplay: "auto" | "exceptZero") {
  const key = `${locale}|${currency}|${signDisplay}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase(), signDisplay });
    formatters.set(key, fmt);
  }
  // Intl formats decimal strings exactly; no division by 100 in floating point.
  const text = fmt.format(toDecimalString(minor, currency) as `${number}`);
  return signKeptWhole(text, locale);
}

/**
 * Right to left, Intl starts an amount with a right-to-left mark and ends it with a Latin sign
 * ("US$"), whose "$" then takes the direction of the words after it and shows as "$US". A
 * left-to-right mark after it keeps the sign whole, alone or inside a sentence.
 */
export const signKeptWhole = (amount: string, locale: string) =>
  RIGHT_TO_LEFT.test(locale) ? `${amount}\u200e` : amount;

/** The active language's locale for numbers (src/i18n/languages.ts). */
export const defaultLocale = (): string => currentLocale();

export function sumMinor(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Minor units as a person would type them in their locale: "40.00", "40,00", "5000" (JPY). */
export function toInputText(minor: number, currency: string, locale = defaultLocale()): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(toDecimalString(minor, currency) as `${number}`);
}
