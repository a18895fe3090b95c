import { createElement, lazy, type ComponentProps, type ComponentType } from "react";

/**
 * React.lazy with a preload(): dialogs and panels load on demand, but are fetched ahead on
 * intent (hover, focus) or once the page has settled. Once loaded, the component renders
 * directly: React.lazy would still suspend for a moment, and React holds a Suspense fallback
 * for up to 300 ms, which a merchant feels on every click.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loaded: T | null = null;
  let pending: Promise<{ default: T }> | null = null;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  function Preloadable(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Preloadable, { preload });
}

/**
 * Runs work once the page has loaded and the browser is idle, so prefetching never competes
 * with what the first screen needs. Returns a cancel, for an effect's cleanup: a screen left
 * before it was idle does not prefetch for itself.
 */
export function whenIdle(work: () => void) {
  let cancelled = false;
  const run = () => void (cancelled || work());
  const idle = () =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200);
  const settled = () => setTimeout(idle, 1000);
  if (document.readyState === "complete") settled();
  else window.addEventListener("load", settled, { once: true });
  return () => {
    cancelled = true;
  };
}
