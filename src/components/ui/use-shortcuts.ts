import { useEffect, useEffectEvent } from "react";

/** What each key does; false or undefined while the page does not offer it. */
export type Shortcuts = Record<string, false | undefined | (() => void)>;

/**
 * One-key shortcuts that stay out of the way: not while typing in a field, not with Ctrl, Meta or
 * Alt held (those belong to the browser and the system), not while a dialog or menu is open.
 */
export function useShortcuts(shortcuts: Shortcuts) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const run = shortcuts[e.key];
    const target = e.target as HTMLElement;
    if (
      !run ||
      e.defaultPrevented ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      target.closest?.("input,textarea,select,[contenteditable]") ||
      document.querySelector("[role=dialog],[role=alertdialog],[role=menu]")
    )
      return;
    e.preventDefault();
    run();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
