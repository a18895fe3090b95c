// Amounts typed or pre-filled in locales with their own digits ("٨٩٫٩٠" in ar-EG, "۸۹٫۹۰" in
// fa-IR, "৮৯.৯০" in bn-BD) are read as the same number as "89.90". Which characters are digits
// and what they are worth comes from Intl's numbering systems, not from a list kept here.

let digitValues: Map<string, string> | undefined;

/** Every digit of every numbering system Intl knows, to its ASCII digit. Built once, on first need. */
function nativeDigitValues(): Map<string, string> {
  if (digitValues) return digitValues;
  digitValues = new Map();
  const systems = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("numberingSystem") : [];
  for (const system of systems) {
    try {
      const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
      // Each digit alone: a numbering system writes every digit as one character, or is not decimal.
      for (let d = 0; d <= 9; d++) {
        const written = format.format(d);
        if ([...written].length === 1 && !digitValues.has(written)) digitValues.set(written, String(d));
      }
    } catch {
      // A system this engine lists but cannot format with: its digits stay unread.
    }
  }
  return digitValues;
}

/** Decimal digits other than 0-9 ("\p{Nd}" covers every script's decimal digits). */
const NATIVE_DIGIT = /(?![0-9])\p{Nd}/u;

/** The text with every native decimal digit replaced by its ASCII digit; unknown digits stay as they are. */
export function toAsciiDigits(text: string): string {
  if (!NATIVE_DIGIT.test(text)) return text;
  const values = nativeDigitValues();
  return text.replace(new RegExp(NATIVE_DIGIT, "gu"), (digit) => values.get(digit) ?? digit);
}

/**
 * Direction marks Intl puts around numbers and signs in right-to-left locales (LRM, RLM, ALM,
 * and the embedding and isolate controls): invisible, and no part of the amount.
 */
export function withoutBidiMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, "");
}
