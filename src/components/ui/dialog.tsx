// Radix Dialog, wrapped once: focus is trapped inside and returns to the opener on close.
import * as D from "@radix-ui/react-dialog";
import { createContext, useContext, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

/** Where dialogs portal to: the page's body unless a caller renders them into an element of its own. */
export const PortalTarget = createContext<HTMLElement | null>(null);

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** "drawer" slides in from the end side (the right, the left in Arabic), for longer forms. */
  side?: "center" | "drawer";
  /** While money is in flight the dialog cannot be dismissed by Escape or a click outside. */
  locked?: boolean;
};

export function Dialog({ open, onOpenChange, title, description, children, side = "center", locked }: Props) {
  const target = useContext(PortalTarget);
  const guard = (e: Event) => locked && e.preventDefault();
  // Our dialogs mount already open, often without a Radix trigger: remember what had focus
  // and give it back on close; if that control is gone (a finished capture), the page heading.
  const [opener] = useState(() =>
    typeof document === "undefined" ? null : (document.activeElement as HTMLElement | null),
  );
  const returnFocus = (e: Event) => {
    e.preventDefault();
    const target =
      opener?.isConnected && opener !== document.body ? opener : document.querySelector<HTMLElement>("main h1");
    target?.focus();
  };
  return (
    <D.Root open={open} onOpenChange={(next) => (locked && !next ? undefined : onOpenChange(next))}>
      {/* Given its container, the portal renders with the dialog instead of a commit later. */}
      <D.Portal container={target ?? (typeof document === "undefined" ? undefined : document.body)}>
        <D.Overlay className="animate-fade fixed inset-0 z-40 bg-gray-900/40" />
        {/* pointer-events of its own: Radix's change to <body> then stops here, not at each field. */}
        <D.Content
          onEscapeKeyDown={guard}
          onCloseAutoFocus={returnFocus}
          onPointerDownOutside={guard}
          onInteractOutside={guard}
          className={cn(
            "pointer-events-auto fixed z-50 flex flex-col bg-surface shadow-xl focus:outline-none",
            side === "drawer"
              ? "animate-drawer inset-y-0 end-0 w-full max-w-md overflow-y-auto border-s border-line"
              : // Never taller than the screen (a small phone, its keyboard open): the dialog scrolls itself.
                "animate-fade left-1/2 top-1/2 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg",
          )}
        >
          <div className="border-b border-line px-5 py-4">
            <D.Title className="text-lg font-semibold">{title}</D.Title>
            {description ? (
              <D.Description className="mt-1 text-sm text-muted">{description}</D.Description>
            ) : (
              <D.Description className="sr-only">{title}</D.Description>
            )}
          </div>
          <div className="flex-1 px-5 py-4">{children}</div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export const DialogClose = D.Close;
