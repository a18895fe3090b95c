// Radix dropdown menu, wrapped once, loaded when the merchant first opens a row menu (see menu).
import * as M from "@radix-ui/react-dropdown-menu";
import { useRef, type FocusEvent, type ReactNode } from "react";

export type MenuProps = {
  label: string;
  trigger: ReactNode;
  items: { label: string; onSelect: () => void; disabled?: boolean }[];
};
export type OpenedBy = "pointer" | "keyboard";

type Props = MenuProps & { openedBy: OpenedBy; triggerClass: string };

/** Mounts open: the press that asked for it came to the plain trigger it replaces, whose look it takes. */
export function RadixMenu({ label, trigger, items, openedBy, triggerClass }: Props) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const chose = useRef(false);
  // Radix puts the first item in focus when a key opened the menu, but that key went to the plain
  // trigger before this existed: for that first opening, do it as the menu takes focus.
  const firstByKeyboard = useRef(openedBy === "keyboard");
  const focusFirstItem = (e: FocusEvent<HTMLDivElement>) => {
    if (!firstByKeyboard.current || e.target !== e.currentTarget) return;
    firstByKeyboard.current = false;
    e.currentTarget
      .querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
      ?.focus({ preventScroll: true });
  };
  // The trigger takes focus back before the chosen action runs, so a dialog the action opens
  // hands focus back to it; the action runs in the same click rather than once the menu's
  // close has settled, which would cost the merchant a frame or two.
  const select = (action: () => void) => {
    chose.current = true;
    triggerRef.current?.focus();
    action();
  };
  const afterClose = (e: Event) => {
    if (!chose.current) return;
    chose.current = false;
    e.preventDefault(); // focus is where the action put it
  };
  return (
    <M.Root modal={false} defaultOpen>
      <M.Trigger ref={triggerRef} aria-label={label} className={triggerClass}>
        {trigger}
      </M.Trigger>
      <M.Portal>
        <M.Content
          align="end"
          sideOffset={4}
          onFocus={focusFirstItem}
          onCloseAutoFocus={afterClose}
          className="z-50 min-w-40 rounded-md border border-line bg-surface p-1 shadow-lg"
        >
          {items.map((item) => (
            <M.Item
              key={item.label}
              disabled={item.disabled}
              onSelect={() => select(item.onSelect)}
              className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50 data-[highlighted]:bg-gray-100"
            >
              {item.label}
            </M.Item>
          ))}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
