// Which currency marks an amount may carry, and which it must not. The order's own are its ISO
// code and the symbols Intl writes for it (symbol and narrow symbol, in the merchant's locale,
// in English and in international English: "$", "US$", "€", "د.ك."). Any other currency's
// symbol or code is recognised so that the refusal can name it.
import { withoutBidiMarks } from "./native-digits";

/** Locales whose symbols anyone may paste, besides the merchant's own. */
const SHARED_LOCALES = ["en", "en-001"];

/** A few widely used currencies, whose symbols in the merchant's locale count as currencies. */
const COMMON = ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "KWD", "CHF", "CAD", "AUD", "SEK", "PLN", "BRL", "MXN"];

function symbols(code: string, locale: string): string[] {
  return (["symbol", "narrowSymbol"] as const).map((display) => {
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: display });
    return withoutBidiMarks(parts.formatToParts(1).find((p) => p.type === "currency")?.value ?? code).trim();
  });
}

const ownCache = new Map<string, string[]>();

/** The order's currency marks, upper-cased and longest first (so "US$" is taken before "$"). */
export function ownCurrencyMarks(currency: string, locale: string): string[] {
  const code = currency.toUpperCase();
  const key = `${locale}|${code}`;
  let marks = ownCache.get(key);
  if (!marks) {
    const all = [code, ...[locale, ...SHARED_LOCALES].flatMap((l) => symbols(code, l))].map((m) => m.toUpperCase());
    marks = [...new Set(all)].filter(Boolean).sort((a, b) => b.length - a.length);
    ownCache.set(key, marks);
  }
  return marks;
}

const otherCache = new Map<string, Set<string>>();

/** Every ISO code Intl knows, and the symbols of the common currencies as the merchant may see them. */
function knownMarks(locale: string): Set<string> {
  let known = otherCache.get(locale);
  if (!known) {
    const codes = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : COMMON;
    const shown = COMMON.flatMap((code) => [locale, ...SHARED_LOCALES].flatMap((l) => symbols(code, l)));
    known = new Set([...codes, ...shown].map((m) => m.toUpperCase()));
    otherCache.set(locale, known);
  }
  return known;
}

/** True when `text` is, or holds, some currency's symbol or code: "€", "EUR", "CA$", "zł" in pl. */
export function isCurrencyMark(text: string, locale: string): boolean {
  return /\p{Sc}/u.test(text) || knownMarks(locale).has(text.toUpperCase());
}

/** `text` without the first of `marks` it starts (or ends) with, compared without case; or undefined. */
export function withoutMark(text: string, marks: string[], at: "start" | "end"): string | undefined {
  for (const mark of marks) {
    const cut = at === "start" ? mark.length : text.length - mark.length;
    if (cut < 0) continue;
    const [before, after] = [text.slice(0, cut), text.slice(cut)];
    if ((at === "start" ? before : after).toUpperCase() === mark) return at === "start" ? after : before;
  }
  return undefined;
}
