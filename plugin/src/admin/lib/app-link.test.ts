import { describe, expect, it } from "vitest";
import { orderLink } from "./app-link";

describe("orderLink", () => {
  it("puts a served path on the backend's origin, not the admin's", () => {
    expect(orderLink("/payments", "order_1", "http://localhost:9000/")).toBe(
      "http://localhost:9000/payments/orders/order_1",
    );
    expect(orderLink("/payments/", "order_1", "https://api.shop.test/")).toBe(
      "https://api.shop.test/payments/orders/order_1",
    );
  });

  it("keeps an app on its own host as it is, below any path", () => {
    expect(orderLink("https://pay.shop.test/tools", "order_1", "http://localhost:9000/")).toBe(
      "https://pay.shop.test/tools/orders/order_1",
    );
  });

  it("has no link without an address, and escapes the id", () => {
    expect(orderLink(null, "order_1", "http://localhost:9000/")).toBeNull();
    expect(orderLink("/p", "a/b?c", "http://x.test/")).toBe("http://x.test/p/orders/a%2Fb%3Fc");
  });
});
