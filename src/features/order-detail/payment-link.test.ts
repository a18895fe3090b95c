import { describe, expect, it } from "vitest";
import { paymentLink } from "./payment-link";

const COLLECTION = "pay_col_01ABC";
const ORDER = "order_01XYZ";

describe("paymentLink", () => {
  it.each([
    ["https://shop.example.com", "https://shop.example.com/payment-collection/pay_col_01ABC?order_id=order_01XYZ"],
    ["https://shop.example.com/", "https://shop.example.com/payment-collection/pay_col_01ABC?order_id=order_01XYZ"],
    [
      "https://shop.example.com/us",
      "https://shop.example.com/us/payment-collection/pay_col_01ABC?order_id=order_01XYZ",
    ],
    [
      "https://shop.example.com/us/",
      "https://shop.example.com/us/payment-collection/pay_col_01ABC?order_id=order_01XYZ",
    ],
    [
      "https://shop.example.com/store/us//",
      "https://shop.example.com/store/us/payment-collection/pay_col_01ABC?order_id=order_01XYZ",
    ],
    ["http://localhost:8000", "http://localhost:8000/payment-collection/pay_col_01ABC?order_id=order_01XYZ"],
    ["  https://shop.example.com  ", "https://shop.example.com/payment-collection/pay_col_01ABC?order_id=order_01XYZ"],
  ])("builds the link from %j", (storefront, url) => {
    expect(paymentLink(storefront, COLLECTION, ORDER)).toEqual({ ok: true, url });
  });

  it.each([
    ["unset", undefined, /No storefront URL is configured/],
    ["empty", "", /No storefront URL is configured/],
    ["whitespace", "   ", /No storefront URL is configured/],
    ["a script", "javascript:alert(1)", /must start with https:\/\/ or http:\/\//],
    ["another scheme", "ftp://x", /must start with https:\/\/ or http:\/\//],
    ["without a scheme", "shop.example.com", /"shop\.example\.com" is not a web address/],
  ])("refuses a storefront URL that is %s, naming the setting to fix", (_name, storefront, reason) => {
    const link = paymentLink(storefront, COLLECTION, ORDER);
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.error).toMatch(reason);
    expect(link.error).toContain("storefrontUrl in config.json");
    expect(link.error).toContain("VITE_STOREFRONT_URL");
  });

  it("never hands back a link for a refused URL", () => {
    for (const bad of ["javascript:alert(1)", "ftp://x", "shop.example.com", "data:text/html,hi"]) {
      expect(paymentLink(bad, COLLECTION, ORDER)).not.toHaveProperty("url");
    }
  });

  it("URL-encodes the collection and order ids", () => {
    const link = paymentLink("https://shop.example.com", "col/../1?x=#", "order&admin=1 #2");
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(url.origin).toBe("https://shop.example.com");
    expect(url.pathname).toBe("/payment-collection/col%2F..%2F1%3Fx%3D%23");
    expect(url.hash).toBe("");
    expect([...url.searchParams.entries()]).toEqual([["order_id", "order&admin=1 #2"]]);
  });

  it("drops any query or fragment of the storefront URL itself", () => {
    const link = paymentLink("https://shop.example.com/us?ref=admin#top", COLLECTION, ORDER);
    expect(link).toEqual({
      ok: true,
      url: "https://shop.example.com/us/payment-collection/pay_col_01ABC?order_id=order_01XYZ",
    });
  });
});
