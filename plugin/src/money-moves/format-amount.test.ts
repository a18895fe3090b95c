import { describe, expect, it } from "vitest";
import { formatAmount } from "./format-amount";

describe("formatAmount", () => {
  it.each([
    [34, "usd", "34.00"],
    [33.99, "USD", "33.99"],
    [0.1 + 0.2, "usd", "0.30000000000000004"], // never rounds the figure it was given
    [1500, "jpy", "1500"],
    [1.5, "kwd", "1.500"],
    ["123456789012345678.91", "eur", "123456789012345678.91"],
    [0, "usd", "0.00"],
  ])("%s %s -> %s", (amount, currency, text) => {
    expect(formatAmount(amount, currency)).toBe(text);
  });
});
