// A half-filled refund survives a trip to the sign-in page (a 401 mid-refund) in this tab, and
// nothing else. A draft belongs to one panel address, so to one way in: the Summary's Refund
// (/orders/:id/refund) or one payment's (/orders/:id/refund?payment=…). It is written as the
// merchant types, "parked" when the panel gives way to /sign-in?next=<that address>, and only a
// parked draft is ever read back, by the panel at that same address. Any other way out (Back,
// Cancel, Escape, a refund sent) drops it.
import type { RefundValues } from "./refund-schema";

/** What a draft keeps: the fields as typed. The overpay tick is not kept: after a detour it is asked again. */
export type DraftValues = Pick<RefundValues, "paymentId" | "amount" | "reasonId" | "note">;

type Stored = { address: string; parked: boolean; values: DraftValues };

// One slot per tab: one panel is open at a time, and a new one replaces whatever an old one left.
const KEY = "refund-draft";

function read(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Partial<Stored> | null;
    const values = stored?.values;
    if (!stored || typeof stored.address !== "string" || !values) return null;
    if (typeof values.paymentId !== "string" || typeof values.amount !== "string") return null;
    return {
      address: stored.address,
      parked: stored.parked === true,
      values: {
        paymentId: values.paymentId,
        amount: values.amount,
        reasonId: typeof values.reasonId === "string" ? values.reasonId : "",
        note: typeof values.note === "string" ? values.note : "",
      },
    };
  } catch {
    return null;
  }
}

/** The draft the panel at `address` left when it was sent to sign in; null for any other. */
export function loadDraft(address: string): DraftValues | null {
  const stored = read();
  return stored?.parked && stored.address === address ? stored.values : null;
}

/** Keeps what is typed in the panel at `address`; not to be read back unless the panel is parked. */
export function saveDraft(address: string, values: Partial<RefundValues>) {
  const { paymentId = "", amount = "", reasonId = "", note = "" } = values;
  const stored: Stored = { address, parked: false, values: { paymentId, amount, reasonId, note } };
  sessionStorage.setItem(KEY, JSON.stringify(stored));
}

export const clearDraft = () => sessionStorage.removeItem(KEY);

/**
 * What leaving the panel at `address` means, from where the app is now (`now`: path and query):
 * - "stay": the address has not changed (a remount, React's strict-mode rehearsal of effects, the
 *   app's error screen in place of the page): the draft is left as it is;
 * - "sign-in": the app went to sign in and will come back to this very address (a 401);
 * - "left": anywhere else (Back, Cancel, Escape, a refund sent, another panel).
 */
export function howLeft(address: string, now: string): "stay" | "sign-in" | "left" {
  const here = decoded(address);
  if (decoded(now) === here) return "stay";
  const url = new URL(now, "http://app.invalid");
  const next = url.searchParams.get("next");
  return url.pathname === "/sign-in" && next !== null && decoded(next) === here ? "sign-in" : "left";
}

/** One spelling of an address: the router hands it out decoded, the browser's location encoded. */
function decoded(address: string) {
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/** Parks the draft for a sign-in detour, drops it for any other way out. */
export function settleDraft(address: string, now: string) {
  const how = howLeft(address, now);
  if (how === "stay") return;
  const stored = read();
  if (how === "sign-in" && stored?.address === address) {
    sessionStorage.setItem(KEY, JSON.stringify({ ...stored, parked: true }));
  } else {
    clearDraft();
  }
}
