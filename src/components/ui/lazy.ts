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
