// Radix dropdown menu, wrapped once: arrow keys, typeahead, Escape and focus return.
import * as M from "@radix-ui/react-dropdown-menu";
import { useRef, type ReactNode } from "react";

export type MenuProps = {
  label: string;
  trigger: ReactNode;
  items: { label: string; onSelect: () => void; disabled?: boolean }[];
};

export function Menu({ label, trigger, items }: MenuProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const chose = useRef(false);
  // The trigger takes focus back before the chosen action runs, so a dialog the action opens
  // hands focus back to it when it closes.
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
    <M.Root modal={false}>
      <M.Trigger
        ref={triggerRef}
        aria-label={label}
        className="inline-flex size-8 items-center justify-center rounded-md border border-transparent text-muted hover:border-line hover:bg-gray-50 hover:text-ink"
      >
        {trigger}
      </M.Trigger>
      <M.Portal>
        <M.Content
          align="end"
          sideOffset={4}
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
