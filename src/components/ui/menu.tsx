// The row menu. Radix's menu gives it arrow keys, typeahead, Escape and focus return, but with
// its popper, focus and dismiss code it is a fifth of the order page's script, and it is not
// needed to draw the page. So the page draws a plain trigger of the same look, and Radix's menu
// takes its place on the first press: fetched ahead on hover or focus and once the page is
// idle, it is almost always in by then.
import { startTransition, Suspense, useState, type KeyboardEvent, type PointerEvent } from "react";
import { lazyWithPreload } from "./lazy";
import type { MenuProps, OpenedBy } from "./radix-menu";

export type { MenuProps } from "./radix-menu";

const RadixMenu = lazyWithPreload(() => import("./radix-menu").then((m) => ({ default: m.RadixMenu })));
export const preloadMenu = RadixMenu.preload;

const triggerClass =
  "inline-flex size-8 items-center justify-center rounded-md border border-transparent text-muted hover:border-line hover:bg-gray-50 hover:text-ink";

export function Menu(props: MenuProps) {
  const [openedBy, setOpenedBy] = useState<OpenedBy | null>(null);
  // In a transition, React keeps the plain trigger on screen, focus and all, while the menu's
  // code is still on its way.
  const open = (by: OpenedBy) => startTransition(() => setOpenedBy((current) => current ?? by));
  // The same keys and pointer press as Radix's own trigger.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!["Enter", " ", "ArrowDown"].includes(e.key)) return;
    e.preventDefault();
    open("keyboard");
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || e.ctrlKey) return;
    e.preventDefault(); // focus goes to the menu, not to a trigger about to be replaced
    open("pointer");
  };
  const plain = (
    <button
      type="button"
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      className={triggerClass}
      onPointerEnter={() => void preloadMenu()}
      onFocus={() => void preloadMenu()}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      // A click with no press before it: assistive technology, or a script.
      onClick={() => open("pointer")}
    >
      {props.trigger}
    </button>
  );
  return (
    <Suspense fallback={plain}>
      {openedBy ? <RadixMenu {...props} openedBy={openedBy} triggerClass={triggerClass} /> : plain}
    </Suspense>
  );
}
