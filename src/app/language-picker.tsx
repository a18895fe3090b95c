// The header's language choice, each language named in itself. Choosing renders the app afresh
// in the new language (LanguageRoot); the picker then takes the focus back, where the merchant was.
import { useEffect, useRef } from "react";
import { t } from "@/i18n/i18n";
import { useLanguage } from "@/i18n/language-root";
import { LANGUAGES, type Language } from "@/i18n/languages";

let justChosen = false;

export function LanguagePicker() {
  const { language, choose } = useLanguage();
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!justChosen) return;
    justChosen = false;
    ref.current?.focus();
  }, []);
  return (
    <select
      ref={ref}
      aria-label={t("app.language")}
      value={language}
      onChange={(e) => {
        justChosen = true;
        void choose(e.target.value as Language);
      }}
      className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
    >
      {(Object.keys(LANGUAGES) as Language[]).map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGES[code].name}
        </option>
      ))}
    </select>
  );
}
