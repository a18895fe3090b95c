import { afterEach, describe, expect, it } from "vitest";
import { appPath, basePath } from "./base-path";

function setBase(href: string | null) {
  document.querySelector("base")?.remove();
  if (href === null) return;
  const base = document.createElement("base");
  base.setAttribute("href", href);
  document.head.prepend(base);
}

afterEach(() => setBase(null));

describe("the app's place on its host", () => {
  it("is the root without a <base> (dev server, tests) and with <base href='/'>", () => {
    expect(basePath()).toBe("");
    setBase("/");
    expect(basePath()).toBe("");
    expect(appPath("/orders/order_1")).toBe("/orders/order_1");
  });

  it("is the plugin's path when the page says so", () => {
    setBase("/payments/");
    expect(basePath()).toBe("/payments");
    expect(appPath("/payments/orders/order_1")).toBe("/orders/order_1");
    expect(appPath("/payments")).toBe("/");
    expect(appPath("/payments/")).toBe("/");
  });

  it("does not take a longer name for its path", () => {
    setBase("/payments/");
    expect(appPath("/payments-old/orders")).toBe("/payments-old/orders");
  });
});
