import { createElement, lazy, type ComponentProps, type ComponentType } from "react";

/**
 * React.lazy with a preload(): dialogs and panels load on demand, but are fetched ahead on
 * intent (hover, focus) or once the page has settled. Once loaded, the component renders
 * directly: React.lazy would still suspend for a moment, and React holds a Suspense fallback
 * for up to 300 ms, which a merchant feels on every click.
 */
const loads = new Set<Promise<unknown>>();

/** Every load started, settled (one may start another): a test file waits for them before its environment goes. */
export async function loadsSettled() {
  for (let seen = -1; seen !== loads.size;) {
    seen = loads.size;
    await Promise.allSettled(loads);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function lazyWithPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loaded: T | null = null;
  let pending: Promise<{ default: T }> | null = null;
  const preload = () => {
    if (pending) return pending;
    pending = load().then((module) => {
      loaded = module.default;
      return module;
    });
    loads.add(pending);
    return pending;
  };
  const Lazy = lazy(preload);
  function Preloadable(props: ComponentProps<T>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Preloadable, { preload });
}
