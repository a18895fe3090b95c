import { describe, expect, it } from "vitest";
import { orderWith } from "@/test/builders";
import { balanceAfter } from "./balance";

const owing = (pendingDifference: number) => {
  const order = orderWith([]);
  return { ...order, summary: { ...order.summary, pendingDifference } };
};

describe("balanceAfter", () => {
  it("a capture of what is outstanding settles the order", () => {
    expect(balanceAfter(owing(6000), { kind: "capture", amount: 6000 })).toEqual({ before: 6000, after: 0, excess: 0 });
  });
  it("names what a capture collects beyond the outstanding amount", () => {
    expect(balanceAfter(owing(4500), { kind: "capture", amount: 6000 })).toEqual({
      before: 4500,
      after: -1500,
      excess: 1500,
    });
  });
  it("marking paid when the customer is owed money is all excess", () => {
    expect(balanceAfter(owing(-300), { kind: "mark-paid", amount: 500 }).excess).toBe(500);
  });
  it("a refund up to what is owed lowers the amount owed back", () => {
    expect(balanceAfter(owing(-3000), { kind: "refund", amount: 1000 })).toEqual({
      before: -3000,
      after: -2000,
      excess: 0,
    });
  });
  it("a refund beyond what is owed stops the balance at zero and names the difference", () => {
    expect(balanceAfter(owing(-3000), { kind: "refund", amount: 10000 })).toEqual({
      before: -3000,
      after: 0,
      excess: 7000,
    });
  });
});
