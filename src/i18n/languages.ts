// Which language the admin speaks, and where its messages come from. Kept free of the i18n
// runtime: the page's first script reads the choice and starts fetching that one language's
// messages while the app itself downloads.

import { browserTags } from "./locale";

// `loading` is on screen before any language's messages have arrived (src/main.tsx).
export const LANGUAGES = {
  en: { name: "English", dir: "ltr", loading: "Loading…" },
  de: { name: "Deutsch", dir: "ltr", loading: "Wird geladen…" },
  ar: { name: "العربية", dir: "rtl", loading: "جارٍ التحميل…" },
} as const;
export type Language = keyof typeof LANGUAGES;
export type Messages = Record<string, unknown>;

const STORAGE_KEY = "order-payments-language";
const isLanguage = (value: unknown): value is Language => typeof value === "string" && value in LANGUAGES;

const languageOf = (tag: string) => tag.split("-")[0]!.toLowerCase();

/** The merchant's own choice, else the first of the browser's languages the admin speaks, else English. */
export function chosenLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a locked-down browser): the browser's languages decide.
  }
  if (isLanguage(stored)) return stored;
  return browserTags().map(languageOf).find(isLanguage) ?? "en";
}

export function rememberLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still happens.
  }
}

/**
 * Numbers and dates: the browser's own locale where it is a form of the chosen language (ar-EG
 * keeps its Arabic-Indic digits, de-CH its apostrophes), and for English, which everyone without
 * another language gets, whatever the browser uses, as before there was a choice. Otherwise the
 * language's own default.
 */
export function formattingLocale(language: Language): string {
  const tags = browserTags().filter(Boolean);
  const own = tags.find((tag) => languageOf(tag) === language);
  if (own) return own;
  if (language === "en") return tags[0] ?? "en-US";
  return language;
}

const loaders: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import("virtual:messages/en"),
  de: () => import("virtual:messages/de"),
  ar: () => import("virtual:messages/ar"),
};

/** One language's messages, compiled (scripts/vite-messages.ts); each language is its own file. */
export const loadMessages = (language: Language) => loaders[language]().then((m) => m.messages);
