import { Activity, type ReactNode } from "react";
// Rehearsal (decision 004): the first click on Capture payment or Refund runs warm code.
import { createRoot } from "react-dom/client";
import { PortalTarget } from "@/components/ui/dialog";

const rehearsed = new Set<string>();

/**
 * Renders a screen once, hidden and off the page, then throws it away. The first run of any
 * code is slow (V8 interprets it and has yet to learn its types), so a panel opens on the
 * merchant's first click as fast as on the second once it has been rehearsed. Hidden, its
 * effects never run (no focus taken, no scroll lock, no request, no draft saved), and it lives
 * in an element that is not in the document, so nothing of it can be seen or found. Once a
 * session per name (code stays warm whichever order it ran for), and only where the browser can
 * say it is idle: elsewhere (tests) there is nothing to gain.
 */
export function rehearse(name: string, screen: ReactNode) {
  if (typeof requestIdleCallback !== "function" || rehearsed.has(name)) return;
  rehearsed.add(name);
  const box = document.createElement("div");
  const root = createRoot(box);
  root.render(
    <PortalTarget value={box}>
      <Activity mode="hidden">{screen}</Activity>
    </PortalTarget>,
  );
  // React renders a hidden tree when it has nothing else to do; once its nodes exist, drop it.
  const check = (deadline: IdleDeadline) => {
    if (box.firstChild || deadline.didTimeout) root.unmount();
    else requestIdleCallback(check, { timeout: 5000 });
  };
  requestIdleCallback(check, { timeout: 5000 });
}
