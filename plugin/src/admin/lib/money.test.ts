import { describe, expect, it } from "vitest";
import { amountToMinor, formatMinor, toMinor } from "./money";

describe("toMinor", () => {
  it.each([
    ["60", "usd", 6000n],
    ["45.01", "usd", 4501n],
    ["-30", "usd", -3000n],
    ["0.30000000000000004", "usd", 30n],
    ["-0.004", "usd", 0n],
    ["1.005", "usd", 101n],
    ["-1.005", "usd", -101n],
    ["1500", "jpy", 1500n],
    ["1.2345", "kwd", 1235n],
    ["1e-7", "usd", 0n],
    ["2.5e2", "usd", 25000n],
    ["12345678901234567890.12", "usd", 1234567890123456789012n],
  ])("%s %s -> %s", (text, currency, minor) => {
    expect(toMinor(text, currency)).toBe(minor);
  });

  it("refuses what is not a decimal", () => {
    for (const bad of ["", ".", "1,5", "abc", "1.2.3"]) expect(() => toMinor(bad, "usd")).toThrow(/Not a decimal/);
  });
});

describe("amountToMinor", () => {
  it("prefers the raw decimal string and reads a float as its shortest text", () => {
    expect(amountToMinor(0.1 + 0.2, "usd")).toBe(30n);
    expect(amountToMinor(17.71, "usd", { value: "17.705" })).toBe(1771n);
    expect(amountToMinor(null, "usd")).toBe(0n);
  });
});

describe("formatMinor", () => {
  it.each([
    [7000n, "usd", "$70.00"],
    [-3000n, "usd", "-$30.00"],
    [5n, "usd", "$0.05"],
    [1500n, "jpy", "¥1,500"],
    [1235n, "kwd", "KWD 1.235"],
    [900719925474099312n, "usd", "$9,007,199,254,740,993.12"],
  ])("%s %s -> %s", (minor, currency, text) => {
    expect(formatMinor(minor, currency, "en-US").replace(/\u00a0/g, " ")).toBe(text);
  });
});
