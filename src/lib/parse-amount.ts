import { currencyDigits, decimalToMinor, defaultLocale } from "./money";

export type ParsedAmount = { ok: true; amount: number } | { ok: false; error: string };

const separatorCache = new Map<string, { decimal: string; group: string }>();

/** The locale's decimal and grouping marks; a NumberFormat is costly to build, so once per locale. */
function separators(locale: string) {
  let marks = separatorCache.get(locale);
  if (!marks) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    marks = {
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
      group: parts.find((p) => p.type === "group")?.value ?? ",",
    };
    separatorCache.set(locale, marks);
  }
  return marks;
}

/**
 * Reads an amount a person typed or pasted ("12.50", "12,50", "$1,234.56",
 * "1.234,56 €", "¥5,000") into minor units, exactly, from the string.
 * Whichever of "." and "," comes last is the decimal mark when both appear; a
 * lone separator is the decimal mark unless it is the locale's grouping mark
 * followed by exactly three digits ("1,234" in English is 1234).
 */
export function parseAmountInput(input: string, currency: string, locale = defaultLocale()): ParsedAmount {
  const code = currency.toUpperCase();
  const digits = currencyDigits(code);
  // Spaces and apostrophes between digits group thousands as well, so they too must be
  // followed by whole groups of three: "1 234,56" is 1234.56, "12 50" is not 1250.
  for (const [, group] of input.matchAll(/(?<=\d)[\s\u00a0\u202f']+(\d+)/g)) {
    if (group!.length !== 3) return { ok: false, error: "The amount has a separator in the wrong place." };
  }
  let text = input
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(new RegExp(code, "ig"), "")
    .replace(/[$€£¥₩₹]|US\$|KD|د\.ك/g, "");
  if (text === "") return { ok: false, error: "Enter an amount." };
  let negative = false;
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { ok: false, error: "Enter the amount as a number, for example 12.50." };
  }

  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const count = text.split(mark).length - 1;
    const after = text.length - text.lastIndexOf(mark) - 1;
    const { group } = separators(locale);
    const looksGrouped = count > 1 || (mark === group && after === 3);
    decimalMark = looksGrouped ? null : mark;
  }

  let whole = text;
  let frac = "";
  if (decimalMark) {
    const at = text.lastIndexOf(decimalMark);
    whole = text.slice(0, at);
    frac = text.slice(at + 1);
    if (/[.,]/.test(frac)) return { ok: false, error: "The amount has a separator in the wrong place." };
  }
  const groupMark = decimalMark === "." ? "," : decimalMark === "," ? "." : /[.,]/.exec(whole)?.[0];
  if (groupMark && whole.includes(groupMark)) {
    // Thousands groups must be whole groups of three: "1,234,567", not "1,23,4".
    const groups = whole.split(groupMark);
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0] === "") {
      return { ok: false, error: "The amount has a separator in the wrong place." };
    }
    whole = groups.join("");
  }
  if (/[.,]/.test(whole)) return { ok: false, error: "The amount has a separator in the wrong place." };
  if (frac.length > digits) {
    return {
      ok: false,
      error: digits === 0 ? `${code} amounts have no decimals.` : `${code} amounts have at most ${digits} decimals.`,
    };
  }
  if (whole.replace(/^0+/, "").length > 15) return { ok: false, error: "That amount is too large." };
  let minor: number;
  try {
    minor = decimalToMinor(`${whole || "0"}.${frac}`, code);
  } catch {
    return { ok: false, error: "That amount is too large." }; // beyond Number.MAX_SAFE_INTEGER minor units
  }
  // Above 2^52 minor units a decimal with cents (or fils) no longer survives the trip to a JSON number.
  const exact = digits === 0 ? Number.MAX_SAFE_INTEGER : 2 ** 52;
  if (!Number.isSafeInteger(minor) || Math.abs(minor) > exact) return { ok: false, error: "That amount is too large." };
  return { ok: true, amount: negative ? -minor : minor };
}
