import { useSyncExternalStore } from "react";

/**
 * The app's location: what the screen shows now. The address bar follows when the browser is
 * next idle (within 100 ms). Writing a history entry and what it sets off cost several
 * milliseconds inside every click that opens a panel, before the panel could draw; now the
 * merchant sees the panel first and the new address a moment later.
 */
type Location = { pathname: string; search: string };
type Write = { href: string; replace: boolean };

let current: Location = read();
const queue: Write[] = [];
const listeners = new Set<() => void>();

function read(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

function set(next: Location) {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Writes what is queued to the browser's history, oldest first. */
export function flushHistory() {
  for (const { href, replace } of queue.splice(0)) {
    if (replace) history.replaceState(null, "", href);
    else history.pushState(null, "", href);
  }
}

function writeSoon() {
  // After the frame that shows the new screen; within 100 ms on a busy page, and soon where
  // there is no requestIdleCallback.
  if (typeof requestIdleCallback === "function") requestIdleCallback(flushHistory, { timeout: 100 });
  else setTimeout(flushHistory, 16);
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}) {
  const url = new URL(to, window.location.origin + current.pathname + current.search);
  if (url.origin !== window.location.origin) throw new Error(`Not an address of this app: ${to}`);
  if (queue.length === 0) writeSoon();
  queue.push({ href: url.pathname + url.search + url.hash, replace });
  set({ pathname: url.pathname, search: url.search });
}

/** Where the app is, with a navigation that is yet to reach the address bar included. */
export function currentLocation(): Location {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Back and forward move the app to the browser's address.
window.addEventListener("popstate", () => {
  queue.length = 0;
  set(read());
});

const pathname = () => current.pathname;
const search = () => current.search;

/** Location hooks for wouter's Router. */
export const useAppLocation = (): [string, typeof navigate] => [useSyncExternalStore(subscribe, pathname), navigate];
export const useAppSearch = () => useSyncExternalStore(subscribe, search);
