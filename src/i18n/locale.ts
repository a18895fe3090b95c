// The locale numbers and dates are written in. Its own module, without imports: money and date
// formatting (src/lib, also used by the mock server) read it.

export const browserTags = (): string[] =>
  typeof navigator === "undefined" ? [] : [...(navigator.languages ?? []), navigator.language].filter(Boolean);

let locale: string | undefined;

/** The active language's locale (src/i18n/languages.ts formattingLocale), else the browser's. */
export const currentLocale = () => locale ?? (browserTags()[0] || "en-US");

export const setCurrentLocale = (value: string) => {
  locale = value;
};
