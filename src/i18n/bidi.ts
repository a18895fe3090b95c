import { activeLanguage } from "./i18n";
import { LANGUAGES } from "./languages";

/**
 * Text placed inside a right-to-left sentence (an amount, or a reason someone typed in any
 * language) as a first-strong isolate: it keeps its own direction and cannot pull the words
 * beside it into its order. An amount then reads as Intl wrote it for the locale ("US$ 75.50"
 * right to left; formatMoney's left-to-right mark keeps the sign whole). Left to right needs nothing.
 */
export const isolate = (text: string) => (LANGUAGES[activeLanguage()].dir === "rtl" ? `\u2068${text}\u2069` : text);
