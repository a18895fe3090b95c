// A menu button (WAI-ARIA APG pattern): arrow keys, Home/End, typeahead, Escape and focus return.
// Written here rather than taken from Radix: its dropdown brought a positioning engine and a
// focus-management stack (about 13 KiB gzip) to the first load for one small menu per payment row.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type MenuProps = {
  label: string;
  trigger: ReactNode;
  /** `keys`: the keyboard shortcut that runs the item, for aria-keyshortcuts. */
  items: { label: string; onSelect: () => void; disabled?: boolean; keys?: string }[];
};

export function Menu({ label, trigger, items }: MenuProps) {
  const [open, setOpen] = useState<"first" | "last" | false>(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const itemEls = () => [...(menuRef.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
  const enabled = () => itemEls().filter((el) => el.getAttribute("aria-disabled") !== "true");

  useEffect(() => {
    if (!open) return;
    const list = enabled();
    (open === "first" ? list[0] : list[list.length - 1])?.focus();
    // A press anywhere else closes the menu without taking focus from where the press put it.
    const away = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps -- runs when the menu opens

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };
  // The trigger takes focus back before the chosen action runs, so a dialog the action opens
  // hands focus back to it when it closes.
  const choose = (item: MenuProps["items"][number]) => {
    if (item.disabled) return;
    close();
    item.onSelect();
  };
  const move = (e: KeyboardEvent) => {
    const list = enabled();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % list.length,
      ArrowUp: (at - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    if (e.key in to) list[to[e.key]!]?.focus();
    else if (e.key === "Escape" || e.key === "Tab") close();
    else if (e.key.length === 1) {
      const key = e.key.toLowerCase();
      const rest = [...list.slice(at + 1), ...list.slice(0, at + 1)];
      rest.find((el) => el.textContent?.toLowerCase().startsWith(key))?.focus();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="relative">
      <button
        ref={triggerRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(open ? false : "first")}
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
          e.preventDefault();
          setOpen(e.key === "ArrowDown" ? "first" : "last");
        }}
        className="inline-flex size-8 items-center justify-center rounded-md border border-transparent text-muted hover:border-line hover:bg-gray-50 hover:text-ink"
      >
        {trigger}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={id}
          role="menu"
          tabIndex={-1}
          aria-label={label}
          onKeyDown={move}
          className="absolute end-0 top-full z-50 mt-1 min-w-40 rounded-md border border-line bg-surface p-1 shadow-lg"
        >
          {items.map((item) => (
            <div
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              aria-keyshortcuts={item.keys}
              onClick={() => choose(item)}
              // Enter acts on its press, Space on its release, as a button does. Neither key may
              // reach the trigger, which takes focus as the item is chosen: it would open the menu again.
              onKeyDown={(e) => {
                if (e.key === " " || e.key === "Enter") e.preventDefault();
                if (e.key === "Enter") choose(item);
              }}
              onKeyUp={(e) => e.key === " " && choose(item)}
              className="cursor-pointer rounded px-3 py-2 text-sm outline-none hover:bg-gray-100 focus:bg-gray-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
            >
              {item.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
