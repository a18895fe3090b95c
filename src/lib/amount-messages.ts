// The words shown at an amount field when the typed text cannot be taken as one amount. Every
// example in them is written by Intl in the merchant's locale, so it is one the field accepts.
// The mock server imports none of this, so the words come from the message catalogs here.
import { t } from "@/i18n/i18n";
import { signKeptWhole } from "./money";

export const empty = () => t("money.enterAmount");
export const tooLarge = () => t("money.tooLarge");

const formats = new Map<string, Intl.NumberFormat>();

/** A decimal string ("1234.5") in the locale's digits and marks, with exactly `digits` decimals. */
function written(decimal: string, locale: string, digits: number, options: Intl.NumberFormatOptions = {}) {
  const key = `${locale}|${digits}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...options,
    });
    formats.set(key, format);
  }
  return format.format(decimal as `${number}`);
}

/** "12.50", "12,500", "1250": a small amount as the field would be pre-filled with it. */
const example = (locale: string, digits: number) =>
  written(digits === 0 ? "1250" : "12.5", locale, digits, { useGrouping: false });

export function notANumber(locale: string, digits: number): string {
  return t("money.notANumber", { example: example(locale, digits) });
}

export function wrongSeparator(locale: string, digits: number): string {
  const grouped = written("1234567.5", locale, digits);
  const plain = written("1234567.5", locale, digits, { useGrouping: false });
  return t("money.wrongSeparator", { grouped, plain });
}

export function tooManyDecimals(code: string, digits: number): string {
  return digits === 0 ? t("money.noDecimals", { code }) : t("money.atMostDecimals", { code, digits });
}

export function otherCurrency(found: string, code: string): string {
  return t("money.otherCurrency", { found, code });
}

export function markInside(mark: string): string {
  return t("money.markInside", { mark });
}

/**
 * Two readings of one text, smaller first, as decimal strings ("0.5", "500"): both shown as
 * money, each with a way to type it that reads only one way (no mark at all for a whole amount).
 */
export function twoReadings(typed: string, readings: [string, string], code: string, locale: string, digits: number) {
  const [small, large] = readings.map((decimal) => ({
    money: signKeptWhole(written(decimal, locale, digits, { style: "currency", currency: code }), locale),
    typeable: /^-?\d+(\.0*)?$/.test(decimal)
      ? written(decimal, locale, 0, { useGrouping: false })
      : written(decimal, locale, digits, { useGrouping: false }),
  }));
  return t("money.twoReadings", {
    typed,
    small: small!.money,
    large: large!.money,
    smallTypeable: small!.typeable,
    largeTypeable: large!.typeable,
  });
}
