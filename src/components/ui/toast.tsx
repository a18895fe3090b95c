// A small toast queue: polite announcements for success, assertive for errors.
import { useSyncExternalStore } from "react";
import { t as translate } from "@/i18n/i18n";
import { cn } from "@/lib/cn";

type Toast = { id: number; message: string; tone: "success" | "error" | "info" };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function toast(message: string, tone: Toast["tone"] = "success") {
  const id = nextId++;
  toasts = [...toasts, { id, message, tone }];
  emit();
  setTimeout(() => dismiss(id), tone === "error" ? 10_000 : 6_000);
}

/** Clears every toast (tests start from an empty queue). */
export function dismissAll() {
  toasts = [];
  emit();
}

function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function Toaster() {
  const list = useSyncExternalStore(subscribe, () => toasts);
  const polite = list.filter((t) => t.tone !== "error");
  const urgent = list.filter((t) => t.tone === "error");
  return (
    <div className="pointer-events-none fixed bottom-4 end-4 z-[60] flex w-80 flex-col gap-2">
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {polite.map((t) => (
          <Item key={t.id} toast={t} />
        ))}
      </div>
      <div role="alert" aria-live="assertive" className="flex flex-col gap-2">
        {urgent.map((t) => (
          <Item key={t.id} toast={t} />
        ))}
      </div>
    </div>
  );
}

function Item({ toast: t }: { toast: Toast }) {
  return (
    <div
      className={cn(
        "pointer-events-auto flex items-start justify-between gap-3 rounded-md border bg-surface px-4 py-3 text-sm shadow-lg",
        t.tone === "error" ? "border-red-300" : "border-line",
      )}
    >
      <span>{t.message}</span>
      <button
        type="button"
        className="text-muted hover:text-ink"
        aria-label={translate("common.dismissNotification")}
        onClick={() => dismiss(t.id)}
      >
        ×
      </button>
    </div>
  );
}
