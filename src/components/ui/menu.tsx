// Radix dropdown menu, wrapped once: arrow keys, typeahead, Escape and focus return for free.
import * as M from "@radix-ui/react-dropdown-menu";
import { useRef, type ReactNode } from "react";

type Props = { label: string; trigger: ReactNode; items: { label: string; onSelect: () => void; disabled?: boolean }[] };

export function Menu({ label, trigger, items }: Props) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const chosen = useRef<(() => void) | null>(null);
  // Run the chosen action once the menu has closed and its trigger has focus again, so a
  // dialog the action opens knows where to hand focus back.
  const afterClose = (e: Event) => {
    const action = chosen.current;
    chosen.current = null;
    if (!action) return;
    e.preventDefault();
    triggerRef.current?.focus();
    action();
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
              onSelect={() => (chosen.current = item.onSelect)}
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
