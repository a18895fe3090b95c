// Medusa sends money as decimal major units (60, 45.01, or an exact `raw_*` string). The widget
// turns them into integer minor units once, so signs and zero are decided exactly, never by
// float arithmetic; Intl formats the decimal string back without going through a float.

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Fraction digits of a currency as Intl knows them: USD 2, JPY 0, KWD 3. */
export function currencyDigits(currency: string): number {
  const options = new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() });
  return options.resolvedOptions().maximumFractionDigits ?? 2;
}

/** "45.015" in USD -> 4502n: digits past the currency's are rounded half away from zero, as Intl shows them. */
export function toMinor(decimal: string, currency: string): bigint {
  const match = DECIMAL.exec(decimal.trim());
  if (!match || (!match[2] && !match[3])) throw new Error(`Not a decimal amount: "${decimal}"`);
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, "") || "0";
  // value = digits x 10^(exponent - fraction length); minor units shift by the currency's digits.
  const shift = Number(exponent) - fraction.length + currencyDigits(currency);
  let minor: bigint;
  if (shift >= 0) {
    minor = BigInt(digits) * 10n ** BigInt(shift);
  } else {
    const padded = digits.padStart(1 - shift, "0");
    const kept = padded.slice(0, shift);
    const firstDropped = padded.slice(shift)[0] ?? "0";
    minor = BigInt(kept) + (firstDropped >= "5" ? 1n : 0n);
  }
  return sign === "-" ? -minor : minor;
}

/** An amount as Medusa answers it, preferring the exact raw string when there is one. */
export function amountToMinor(value: number | string | null | undefined, currency: string, raw?: unknown): bigint {
  const rawValue = (raw as { value?: unknown } | null | undefined)?.value;
  if (typeof rawValue === "string") return toMinor(rawValue, currency);
  if (value === null || value === undefined) return 0n;
  // String(n) is the shortest text that reads back as the same double: "45.01", not 45.00999...
  return toMinor(String(value), currency);
}

/** Minor units in the currency's format for the given locale: 7000n USD -> "$70.00". */
export function formatMinor(minor: bigint, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0n ? "-" : "";
  const abs = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, "0");
  const decimal = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() });
  return format.format(`${sign}${decimal}` as `${number}`);
}
