// The words on screen: every one goes through t(key, values), with ICU messages (plurals,
// placeholders) in src/i18n/<language>/*.json. Lingui's runtime formats the precompiled messages.
import { i18n } from "@lingui/core";
import type { MessageKey } from "./keys";
import { formattingLocale, LANGUAGES, type Language, type Messages } from "./languages";
import { setCurrentLocale } from "./locale";

export type { MessageKey } from "./keys";
export type MessageValues = Record<string, string | number>;

/** The message for `key` in the active language, its placeholders filled in. */
export const t = (key: MessageKey, values?: MessageValues): string => i18n._(key, values);

export const activeLanguage = () => i18n.locale as Language;

/** Makes `language` the active one, with its messages, and says so to the page (<html lang dir>). */
export function activateLanguage(language: Language, messages: Messages) {
  const locale = formattingLocale(language);
  setCurrentLocale(locale);
  i18n.load(language, messages as Parameters<typeof i18n.load>[1]);
  i18n.activate(language, [locale]);
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
    document.documentElement.dir = LANGUAGES[language].dir;
  }
}
