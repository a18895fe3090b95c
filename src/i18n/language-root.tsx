// The app in one language. Choosing another loads its messages, then renders the app afresh in it
// (a new key), so every word changes at once and none stays behind in a part that did not
// re-render. The query cache and the address are above it and stay.
import { createContext, Fragment, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { activateLanguage, activeLanguage } from "./i18n";
import { loadMessages, rememberLanguage, type Language } from "./languages";

type Choice = { language: Language; choose: (language: Language) => Promise<void> };
const LanguageContext = createContext<Choice | null>(null);

export function LanguageRoot({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState(activeLanguage);
  const choose = useCallback(async (next: Language) => {
    activateLanguage(next, await loadMessages(next));
    rememberLanguage(next);
    setLanguage(next);
  }, []);
  const value = useMemo(() => ({ language, choose }), [language, choose]);
  return (
    <LanguageContext value={value}>
      <Fragment key={language}>{children}</Fragment>
    </LanguageContext>
  );
}

export function useLanguage(): Choice {
  const choice = useContext(LanguageContext);
  if (!choice) throw new Error("useLanguage needs a LanguageRoot above it");
  return choice;
}
