import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { t } from "@/i18n/i18n";

export const SEARCH_DEBOUNCE_MS = 250;

type Props = {
  /** The search as the URL has it. */
  value: string;
  /** Called once typing pauses; `first` is true when a search starts from an empty box. */
  onSearch: (q: string, first: boolean) => void;
};

/**
 * The box keeps its own text so typing stays instant; the URL (and so the request)
 * follows after a pause. A URL change from elsewhere (back button, "Clear filters")
 * replaces the text, but our own debounced writes never overwrite newer keystrokes.
 */
export function SearchBox({ value, onSearch }: Props) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  useShortcuts({ "/": () => box.current?.focus() });
  const [text, setText] = useState(value);
  // The last search this box and the URL agreed on.
  const [synced, setSynced] = useState(value);

  if (value !== synced) {
    setSynced(value);
    setText(value);
  }

  function commit(q: string) {
    setSynced(q);
    onSearch(q, synced === "");
  }
  // An effect event, so a parent re-render (data arriving) does not restart the pause.
  const commitLater = useEffectEvent(commit);

  useEffect(() => {
    const q = text.trim();
    if (q === synced) return;
    const timer = setTimeout(() => commitLater(q), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, synced]);

  return (
    <div className="min-w-0 flex-1 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("orders.searchLabel")}
      </label>
      <input
        id={id}
        ref={box}
        aria-keyshortcuts="/"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches at once instead of waiting for the pause.
          if (e.key === "Enter" && text.trim() !== synced) commit(text.trim());
        }}
        placeholder={t("orders.searchPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
      />
    </div>
  );
}
