import { activeLanguage } from "@/i18n/i18n";
import { LANGUAGES } from "@/i18n/languages";

/**
 * An amount placed inside a right-to-left sentence keeps the order it was formatted in
 * ("75.50 US$"), as a left-to-right isolate. Not a first-strong one (<bdi>'s default): Intl's
 * Arabic amounts start with a right-to-left mark, which would read "$US 75.50". Left-to-right
 * languages need nothing.
 */
export const isolated = (text: string) => (LANGUAGES[activeLanguage()].dir === "rtl" ? `\u2066${text}\u2069` : text);

/** Words someone typed (a refund's reason or note), in whatever language: they keep their own direction. */
export const typed = (text: string) => (LANGUAGES[activeLanguage()].dir === "rtl" ? `\u2068${text}\u2069` : text);
