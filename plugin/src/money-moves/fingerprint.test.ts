import { describe, expect, it } from "vitest";
import { bodyFingerprint, canonicalJson } from "./fingerprint";

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]}}'],
    [{ a: undefined, b: "x" }, '{"b":"x"}'],
    [[2, 1], "[2,1]"],
    ["é\n", '"é\\n"'],
    [40.01, "40.01"],
    [null, "null"],
  ])("%j -> %s", (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });
});

describe("bodyFingerprint", () => {
  it("is the same for the same body in another key order", () => {
    expect(bodyFingerprint({ amount: 5, note: "x" })).toBe(bodyFingerprint({ note: "x", amount: 5 }));
  });

  it("differs when a value differs, even by one minor unit", () => {
    expect(bodyFingerprint({ amount: 40 })).not.toBe(bodyFingerprint({ amount: 40.01 }));
  });

  it("takes a missing body as an empty one", () => {
    expect(bodyFingerprint(undefined)).toBe(bodyFingerprint({}));
    expect(bodyFingerprint({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
