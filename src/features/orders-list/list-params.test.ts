import { describe, expect, it } from "vitest";
import { rangeText, readListParams } from "./list-params";

describe("readListParams", () => {
  it.each([
    ["", { q: "", status: undefined, page: 1 }],
    ["q=%20%231003%20&status=refunded&page=3", { q: "#1003", status: "refunded", page: 3 }],
    ["status=chargeback", { q: "", status: undefined, page: 1 }],
    ["status=nonsense&page=-2", { q: "", status: undefined, page: 1 }],
    ["page=2.5", { q: "", status: undefined, page: 1 }],
    ["page=abc", { q: "", status: undefined, page: 1 }],
  ])("reads %j", (search, expected) => {
    expect(readListParams(new URLSearchParams(search))).toEqual(expected);
  });
});

describe("rangeText", () => {
  it.each([
    [1, 20, 44, "1–20 of 44"],
    [2, 20, 44, "21–40 of 44"],
    [3, 4, 44, "41–44 of 44"],
    [1, 1, 1, "1–1 of 1"],
    [1, 0, 0, "0 of 0"],
  ])("page %i with %i rows of %i", (page, shown, count, text) => {
    expect(rangeText(page, shown, count)).toBe(text);
  });
});
