// The ways an amount may be written in a locale: the locale's own decimal and grouping marks
// with its grouping pattern (en-IN groups 12,34,567; de-CH 1’234’567), the same locale written
// with Latin digits (ar-EG's Latin form is 1,234.56), and the two plain forms people paste
// anywhere: "1234.56" and "1234,56", without grouping. All read from Intl.

/** One way to write a number: its decimal mark, the marks that group thousands, and group sizes. */
export type NumberStyle = {
  decimal: string;
  /** Interchangeable grouping marks; empty when this style groups nothing. */
  group: readonly string[];
  /** Digits in the group next to the decimal mark, and in each group before it. */
  primary: number;
  secondary: number;
};

// Marks that look alike and are typed for one another: any space for a space, either apostrophe.
const SPACES = [" ", "\u00a0", "\u202f", "\u2009"];
const APOSTROPHES = ["'", "\u2019"];

function styleOf(format: Intl.NumberFormat): NumberStyle {
  const parts = format.formatToParts(12345678.5);
  const integers = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
  const group = parts.find((p) => p.type === "group")?.value;
  const primary = integers.at(-1) ?? 3;
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: !group ? [] : SPACES.includes(group) ? SPACES : APOSTROPHES.includes(group) ? APOSTROPHES : [group],
    primary,
    secondary: integers.length > 2 ? integers.at(-2)! : primary,
  };
}

const PLAIN: NumberStyle[] = [
  { decimal: ".", group: [], primary: 3, secondary: 3 },
  { decimal: ",", group: [], primary: 3, secondary: 3 },
];

const stylesCache = new Map<string, NumberStyle[]>();

/** The styles an amount typed in this locale may be written in, the locale's own first. */
export function numberStyles(locale: string): NumberStyle[] {
  let styles = stylesCache.get(locale);
  if (!styles) {
    const own = styleOf(new Intl.NumberFormat(locale));
    const latin = styleOf(new Intl.NumberFormat(locale, { numberingSystem: "latn" }));
    styles = [own, latin, ...PLAIN].filter(
      (style, i, all) =>
        all.findIndex((other) => other.decimal === style.decimal && other.group[0] === style.group[0]) === i,
    );
    stylesCache.set(locale, styles);
  }
  return styles;
}

const usable = new Map<string, string>();

/** The locale itself when Intl knows it, else US English (a browser may report a tag Intl refuses). */
export function usableLocale(locale: string): string {
  let known = usable.get(locale);
  if (known === undefined) {
    try {
      known = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en-US";
    } catch {
      known = "en-US";
    }
    usable.set(locale, known);
  }
  return known;
}
