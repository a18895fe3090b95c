// Reads the number part of an amount (ASCII digits and marks, no sign or currency) in one
// style. The caller reads it in every style the locale allows and compares the answers.
import type { NumberStyle } from "./number-marks";

/** The digits before and after the decimal mark, or why the text is not a number in this style. */
export type StyleReading = { ok: true; whole: string; frac: string } | { ok: false; why: "separator" | "decimals" };

/** Grouped digits in the style's pattern ("1,234,567"; "12,34,567" in en-IN), without the marks. */
function ungroup(whole: string, style: NumberStyle): string | undefined {
  if (!style.group.some((mark) => whole.includes(mark))) return /^\d*$/.test(whole) ? whole : undefined;
  const [mark, ...alike] = style.group as [string, ...string[]];
  const groups = alike.reduce((text, other) => text.replaceAll(other, mark), whole).split(mark);
  const first = groups[0]!;
  const last = groups.at(-1)!;
  const middle = groups.slice(1, -1);
  const fits =
    groups.every((g) => /^\d+$/.test(g)) &&
    first.length <= style.secondary &&
    last.length === style.primary &&
    middle.every((g) => g.length === style.secondary);
  return fits ? groups.join("") : undefined;
}

/** `text` read in `style`, for a currency with `digits` decimals. */
export function readNumber(text: string, style: NumberStyle, digits: number): StyleReading {
  const [whole = "", frac = "", ...more] = text.split(style.decimal);
  if (more.length > 0 || !/^\d*$/.test(frac) || whole + frac === "") return { ok: false, why: "separator" };
  const digitsOnly = ungroup(whole, style);
  if (digitsOnly === undefined) return { ok: false, why: "separator" };
  if (frac.length > digits) return { ok: false, why: "decimals" };
  return { ok: true, whole: digitsOnly, frac };
}
