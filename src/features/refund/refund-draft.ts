// A half-filled refund survives a trip to the sign-in page (a 401 mid-refund) in this tab.
import type { RefundValues } from "./refund-schema";

const key = (orderId: string) => `refund-draft:${orderId}`;

export function loadDraft(orderId: string): RefundValues | null {
  try {
    const draft = JSON.parse(sessionStorage.getItem(key(orderId)) ?? "null") as Partial<RefundValues> | null;
    if (!draft || typeof draft.paymentId !== "string" || typeof draft.amount !== "string") return null;
    return { paymentId: draft.paymentId, amount: draft.amount, reasonId: draft.reasonId ?? "", note: draft.note ?? "" };
  } catch {
    return null;
  }
}

export const saveDraft = (orderId: string, values: Partial<RefundValues>) =>
  sessionStorage.setItem(key(orderId), JSON.stringify(values));

export const clearDraft = (orderId: string) => sessionStorage.removeItem(key(orderId));
