import { describe, expect, it } from "vitest";
import { amountSchema, minorUnits, typedAmount } from "./amount-schema";

const capture = (max: number, currency = "usd", min?: number) =>
  amountSchema({ currency, max, min, tooMuch: "too much", nothingLeft: "nothing left" });

/** The schema's output, or its one message. */
function read(schema: ReturnType<typeof capture>, text: string) {
  const result = schema.safeParse(text);
  return result.success ? result.data : result.error.issues.map((i) => i.message).join(" | ");
}

describe("amountSchema: typed text in, integer minor units out", () => {
  it.each([
    ["70.00", 7000],
    ["$70", 7000],
    ["0.01", 1],
    ["1,234.56", 123456],
    ["69.99", 6999],
  ])("reads %j as %i", (text, minor) => {
    expect(read(capture(200_000), text)).toBe(minor);
  });

  it("uses each currency's own digits", () => {
    expect(read(capture(9800, "jpy"), "¥9,800")).toBe(9800);
    expect(read(capture(15095, "kwd"), "15.095")).toBe(15095);
    expect(read(capture(9800, "jpy"), "1.5")).toBe("JPY amounts have no decimals.");
  });

  it("carries the parser's question and refusals to the field, word for word", () => {
    expect(read(capture(15095, "kwd"), "0,500")).toBe(
      "“0,500” could mean KWD\u00a00.500 or KWD\u00a0500.000. Type 0.500 for the first or 500 for the second.",
    );
    expect(read(capture(7000), "€10")).toBe("This order is in USD, not “€”. Enter the amount in USD.");
    expect(read(capture(7000), "1$2")).toBe("Put “$” before or after the amount, not inside it.");
  });

  it("accepts exactly the limit and refuses one minor unit more, in the form's words", () => {
    expect(read(capture(7000), "70.00")).toBe(7000);
    expect(read(capture(7000), "70.01")).toBe("too much");
  });

  it("gives one message at a time, the reading before the bounds", () => {
    expect(read(capture(0), "abc")).toBe("Enter the amount as a number, for example 12.50.");
    expect(read(capture(0), "0")).toBe("Enter an amount above zero.");
    expect(read(capture(0), "5")).toBe("nothing left");
    expect(read(capture(7000), "")).toBe("Enter an amount.");
    expect(read(capture(7000), "-5")).toBe("Enter an amount above zero.");
  });

  it("takes a least amount from the data", () => {
    expect(read(capture(7000, "usd", 500), "4.99")).toBe("Enter at least $5.00.");
    expect(read(capture(7000, "usd", 500), "5")).toBe(500);
    expect(read(capture(400, "usd", 500), "5")).toBe("nothing left");
  });
});

describe("typedAmount: what the submit button names, read by the same first stage", () => {
  it("reads an amount above zero, whatever the limit", () => {
    expect(typedAmount("15", "usd")).toBe(1500);
    expect(typedAmount("1,000", "usd")).toBe(100000);
    expect(minorUnits("usd").parse("15")).toBe(1500);
  });

  it.each(["", "0", "-5", "abc", "1.234"])("reads %j as no amount", (text) => {
    expect(typedAmount(text, "usd")).toBeUndefined();
  });
});
