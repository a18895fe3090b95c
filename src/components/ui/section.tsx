import { useId, type ReactNode } from "react";

/** A titled card; its heading names the region for screen-reader navigation. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  // Not from the title: in Arabic every title would make the same id.
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface shadow-sm">
      <div className="flex items-center justify-between gap-4 border-b border-line px-5 py-3">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
