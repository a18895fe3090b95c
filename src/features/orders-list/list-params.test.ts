import { afterEach, describe, expect, it, vi } from "vitest";
import { activateLanguage } from "@/i18n/i18n";
import { loadMessages } from "@/i18n/languages";
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

describe("rangeText in a browser that writes other digits", () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    activateLanguage("en", await loadMessages("en"));
  });

  it("counts in Arabic-Indic digits for an ar-EG browser, in Arabic and in English", async () => {
    vi.stubGlobal("navigator", { language: "ar-EG", languages: ["ar-EG"] });
    activateLanguage("ar", await loadMessages("ar"));
    expect(rangeText(2, 20, 1044)).toBe("٢١–٤٠ من ١٬٠٤٤");
    expect(rangeText(1, 0, 0)).toBe("٠ من ٠");
    activateLanguage("en", await loadMessages("en"));
    expect(rangeText(2, 20, 44)).toBe("٢١–٤٠ of ٤٤");
  });
});
