// Who hears that the session changed. The app knows what it holds (the query cache, a refund
// draft) and forgets it; auth only says when. A sign-out reaches the app's other tabs too,
// through a BroadcastChannel: a message between open tabs, stored nowhere.

/**
 * - "signed-out": here or in another tab; forget everything and show the sign-in page.
 * - "someone-else": a sign-in by someone other than whoever this page last knew (a shared
 *   computer after an expired session); forget what the last person left, then carry on.
 * - "signed-in": a sign-in finished.
 */
export type SessionChange = "signed-out" | "someone-else" | "signed-in";

type Listener = (change: SessionChange) => void;

const listeners = new Set<Listener>();

/** Calls `listener` on every change; returns the way to stop. */
export function onSessionChange(listener: Listener) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function announce(change: SessionChange) {
  for (const listener of [...listeners]) listener(change);
}

const CHANNEL = "order-payments-session";
const SIGNED_OUT = "signed-out";

// Older browsers without BroadcastChannel only miss the other tabs' sign-out: each tab's next
// request is refused by the server, which ended the session.
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);

/** Tells the app's other tabs (same origin, same browser) that the merchant signed out. */
export const tellOtherTabs = () => channel?.postMessage(SIGNED_OUT);

/** What to do when another tab says the merchant signed out. */
export function whenAnotherTabSignsOut(handler: () => void) {
  if (channel) channel.onmessage = (event: MessageEvent) => event.data === SIGNED_OUT && handler();
}
