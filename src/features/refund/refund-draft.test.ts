import { describe, expect, it } from "vitest";
import { clearDraft, howLeft, loadDraft, saveDraft, settleDraft } from "./refund-draft";

const summaryWay = "/orders/order_1/refund";
const paymentWay = "/orders/order_1/refund?payment=pay_A";
const typed = { paymentId: "pay_A", amount: "100", reasonId: "", note: "Lid scratched" };
const signInFor = (address: string) => `/sign-in?next=${encodeURIComponent(address)}`;

describe("howLeft", () => {
  it("tells a sign-in that comes back to this panel from every other way out", () => {
    expect(howLeft(paymentWay, signInFor(paymentWay))).toBe("sign-in");
    expect(howLeft(summaryWay, signInFor(summaryWay))).toBe("sign-in");
    expect(howLeft(paymentWay, "/orders/order_1")).toBe("left"); // Back, Cancel, Escape, a refund sent
    expect(howLeft(paymentWay, summaryWay)).toBe("left");
    expect(howLeft(paymentWay, "/orders/order_1/refund?payment=pay_B")).toBe("left");
    expect(howLeft(paymentWay, signInFor(summaryWay))).toBe("left"); // coming back elsewhere
    expect(howLeft(paymentWay, "/sign-in")).toBe("left"); // signed out on purpose
    expect(howLeft(paymentWay, paymentWay)).toBe("stay");
  });
});

describe("refund drafts", () => {
  it("are read back only by the same address, and only after a sign-in detour", () => {
    saveDraft(paymentWay, { ...typed, overpayConfirmed: true });
    expect(loadDraft(paymentWay)).toBeNull(); // typed, not parked: a reload or a fresh open starts afresh

    settleDraft(paymentWay, signInFor(paymentWay));
    expect(loadDraft(summaryWay)).toBeNull();
    expect(loadDraft("/orders/order_1/refund?payment=pay_B")).toBeNull();
    expect(loadDraft("/orders/order_2/refund?payment=pay_A")).toBeNull();
    expect(loadDraft(paymentWay)).toEqual(typed); // the tick is not kept
  });

  it("are dropped by any other way out", () => {
    saveDraft(paymentWay, typed);
    settleDraft(paymentWay, "/orders/order_1");
    settleDraft(paymentWay, signInFor(paymentWay)); // nothing left to park
    expect(loadDraft(paymentWay)).toBeNull();
  });

  it("stay as they are while the address does not change", () => {
    saveDraft(summaryWay, typed);
    settleDraft(summaryWay, signInFor(summaryWay));
    settleDraft(summaryWay, summaryWay);
    expect(loadDraft(summaryWay)).toEqual(typed);
  });

  it("are replaced by the next panel's typing, parked or not", () => {
    saveDraft(paymentWay, typed);
    settleDraft(paymentWay, signInFor(paymentWay));
    saveDraft(summaryWay, { ...typed, amount: "30" });
    expect(loadDraft(paymentWay)).toBeNull();
    settleDraft(summaryWay, signInFor(summaryWay));
    expect(loadDraft(summaryWay)).toEqual({ ...typed, amount: "30" });
    clearDraft();
    expect(loadDraft(summaryWay)).toBeNull();
  });

  it("ignore what they cannot read", () => {
    sessionStorage.setItem("refund-draft", "{not json");
    expect(loadDraft(paymentWay)).toBeNull();
    sessionStorage.setItem(
      "refund-draft",
      JSON.stringify({ address: paymentWay, parked: true, values: { amount: 5 } }),
    );
    expect(loadDraft(paymentWay)).toBeNull();
  });
});

describe("howLeft, however the address is spelled", () => {
  it("reads encoded and decoded addresses alike", () => {
    const odd = "/orders/order 1/refund?payment=pay_A";
    expect(howLeft(odd, "/orders/order%201/refund?payment=pay_A")).toBe("stay");
    expect(howLeft(odd, signInFor("/orders/order%201/refund?payment=pay_A"))).toBe("sign-in");
  });
});
