import { describe, expect, it } from "vitest";
import { noteLength } from "./note-length";
import { NOTE_MAX, refundSchema, type RefundValues } from "./refund-schema";

// pay_A has 89.90 left to refund (minor units), pay_B nothing.
const limits = new Map([
  ["pay_A", 8990],
  ["pay_B", 0],
]);
const values = (over: Partial<RefundValues> = {}): RefundValues => ({
  paymentId: "pay_A",
  amount: "89.90",
  reasonId: "",
  note: "",
  overpayConfirmed: false,
  ...over,
});
const noExcess = () => 0;

/** The messages the schema gives, by field; {} when the values pass. */
function errors(input: RefundValues, schema = refundSchema(limits, "usd", noExcess)) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("refundSchema", () => {
  it("accepts exactly the refundable amount", () => {
    expect(errors(values({ amount: "89.90" }))).toEqual({});
    expect(errors(values({ amount: "$89.90" }))).toEqual({});
    expect(errors(values({ amount: "0.01" }))).toEqual({});
  });

  it("rejects one cent above the refundable amount, naming the limit", () => {
    expect(errors(values({ amount: "89.91" }))).toEqual({ amount: ["You can refund at most $89.90."] });
    expect(errors(values({ amount: "1,000" }))).toEqual({ amount: ["You can refund at most $89.90."] });
  });

  it("hands back the amount in minor units, read once from the text, and the rest as typed", () => {
    const input = values({ amount: "15", reasonId: "refr_1", note: "Sorry" });
    expect(refundSchema(limits, "usd", noExcess).parse(input)).toEqual({ ...input, amount: 1500 });
    expect(refundSchema(limits, "usd", noExcess).parse(values({ amount: "$89.90" })).amount).toBe(8990);
  });

  it.each([
    ["", "Enter an amount."],
    ["   ", "Enter an amount."],
    ["0", "Enter an amount above zero."],
    ["0.00", "Enter an amount above zero."],
    ["-5", "Enter an amount above zero."],
    ["abc", "Enter the amount as a number, for example 12.50."],
    ["12abc", "Enter the amount as a number, for example 12.50."],
    ["1.234", "USD amounts have at most 2 decimals."],
    ["10.005", "USD amounts have at most 2 decimals."],
    ["1,2,3", "The amount has a separator in the wrong place. Write it like 1,234,567.50 or 1234567.50."],
  ])("rejects %j: %s", (amount, message) => {
    expect(errors(values({ amount }))).toEqual({ amount: [message] });
  });

  it("says when the payment has nothing left to refund", () => {
    expect(errors(values({ paymentId: "pay_B", amount: "1" }))).toEqual({
      amount: ["There is nothing left to refund on this payment."],
    });
  });

  it("asks for a payment when none is chosen", () => {
    expect(errors(values({ paymentId: "" }))).toEqual({
      paymentId: ["Choose the payment to refund."],
    });
  });

  it("refuses a payment that is not refundable any more (refunded elsewhere since the panel opened)", () => {
    expect(errors(values({ paymentId: "pay_unknown", amount: "999" }))).toEqual({
      paymentId: ["This payment has nothing left to refund. Choose another payment."],
    });
  });

  it("uses each currency's own digits for the limit", () => {
    const yen = refundSchema(new Map([["pay_Y", 9800]]), "jpy", noExcess);
    expect(errors(values({ paymentId: "pay_Y", amount: "9800" }), yen)).toEqual({});
    expect(errors(values({ paymentId: "pay_Y", amount: "9801" }), yen)).toEqual({
      amount: ["You can refund at most ¥9,800."],
    });
    expect(errors(values({ paymentId: "pay_Y", amount: "1.5" }), yen)).toEqual({
      amount: ["JPY amounts have no decimals."],
    });

    const dinar = refundSchema(new Map([["pay_K", 15095]]), "kwd", noExcess);
    expect(errors(values({ paymentId: "pay_K", amount: "15.095" }), dinar)).toEqual({});
    expect(errors(values({ paymentId: "pay_K", amount: "15.096" }), dinar)).toEqual({
      amount: ["You can refund at most KWD\u00a015.095."],
    });
  });

  it(`allows a note of up to ${NOTE_MAX} characters`, () => {
    expect(NOTE_MAX).toBe(500);
    expect(errors(values({ note: "n".repeat(NOTE_MAX) }))).toEqual({});
    expect(errors(values({ note: "n".repeat(NOTE_MAX + 1) }))).toEqual({
      note: ["Keep the note to 500 characters at most."],
    });
  });

  it("counts the note's characters as a person sees them, an emoji or an accented letter as one", () => {
    const thumbs = "👍🏽"; // 4 UTF-16 units, one character on screen
    const family = "👨‍👩‍👧"; // 8 units, one character
    const accented = "e\u0301"; // é as e + combining accent
    expect(noteLength(thumbs)).toBe(1);
    expect(noteLength(family)).toBe(1);
    expect(noteLength(accented)).toBe(1);
    expect(noteLength("Box dented 📦")).toBe(12);
    expect(errors(values({ note: "😀".repeat(NOTE_MAX) }))).toEqual({});
    expect(errors(values({ note: family.repeat(NOTE_MAX) }))).toEqual({});
    expect(errors(values({ note: thumbs.repeat(NOTE_MAX + 1) }))).toEqual({
      note: ["Keep the note to 500 characters at most."],
    });
  });
});

describe("refundSchema and what is owed back", () => {
  // 30.00 owed back: a refund above it goes beyond the balance by the difference.
  const owed = (amount: number) => Math.max(0, amount - 3000);
  const schema = refundSchema(limits, "usd", owed);

  it("takes a refund up to what is owed without a second yes", () => {
    expect(errors(values({ amount: "30" }), schema)).toEqual({});
    expect(errors(values({ amount: "12.50" }), schema)).toEqual({});
  });

  it("asks for the tick for any cent beyond, naming the difference", () => {
    expect(errors(values({ amount: "30.01" }), schema)).toEqual({
      overpayConfirmed: ["Tick the box to refund the extra $0.01, or lower the amount."],
    });
    expect(errors(values({ amount: "89.90" }), schema)).toEqual({
      overpayConfirmed: ["Tick the box to refund the extra $59.90, or lower the amount."],
    });
    expect(schema.parse(values({ amount: "89.90", overpayConfirmed: true })).amount).toBe(8990);
  });

  it("names the amount's own problem first, not the tick", () => {
    expect(errors(values({ amount: "89.91" }), schema)).toEqual({ amount: ["You can refund at most $89.90."] });
  });
});
