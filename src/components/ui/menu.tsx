// Radix dropdown menu, wrapped once: arrow keys, typeahead, Escape and focus return for free.
import * as M from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";

type Props = { label: string; trigger: ReactNode; items: { label: string; onSelect: () => void; disabled?: boolean }[] };

export function Menu({ label, trigger, items }: Props) {
  return (
    <M.Root modal={false}>
      <M.Trigger
        aria-label={label}
        className="inline-flex size-8 items-center justify-center rounded-md border border-transparent text-muted hover:border-line hover:bg-gray-50 hover:text-ink"
      >
        {trigger}
      </M.Trigger>
      <M.Portal>
        <M.Content align="end" sideOffset={4} className="z-50 min-w-40 rounded-md border border-line bg-surface p-1 shadow-lg">
          {items.map((item) => (
            <M.Item
              key={item.label}
              disabled={item.disabled}
              onSelect={item.onSelect}
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
