import { lazy, type ComponentType } from "react";

/**
 * React.lazy with a preload(): dialogs and panels load on demand, but are fetched ahead on
 * intent (hover, focus) or when the browser is idle, so opening one does not wait for the network.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let pending: Promise<{ default: T }> | null = null;
  const preload = () => (pending ??= load());
  return Object.assign(lazy(preload), { preload });
}

/** Runs work when the browser is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(work: () => void) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 200);
}
