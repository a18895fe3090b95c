import { describe, expect, it } from "vitest";
import { appOptions, ownOptions } from "./options";

describe("the plugin's app options", () => {
  it("serves the app at /payments unless told otherwise, and not at all with appPath: false", () => {
    expect(appOptions()).toEqual({ appPath: "/payments" });
    expect(appOptions({ appPath: "/tools/payments/" })).toMatchObject({ appPath: "/tools/payments" });
    expect(appOptions({ appPath: false })).toBeNull();
  });

  it("refuses a path that is not one, or that would hide Medusa's own routes", () => {
    for (const appPath of ["payments", "/", "/pay ments", "//x", "/../x", 42, true]) {
      expect(() => appOptions({ appPath })).toThrow(/appPath must be a path/);
    }
    for (const appPath of ["/admin", "/admin/payments", "/store", "/auth", "/app"]) {
      expect(() => appOptions({ appPath })).toThrow(/under Medusa's own/);
    }
    expect(appOptions({ appPath: "/apps" })).toMatchObject({ appPath: "/apps" });
  });

  it("takes a storefront address only if it is one", () => {
    expect(appOptions({ storefrontUrl: "https://shop.test" })).toMatchObject({ storefrontUrl: "https://shop.test" });
    expect(() => appOptions({ storefrontUrl: "shop.test" })).toThrow(/storefrontUrl/);
  });

  it("takes authorization windows only as whole days from 1 to 365 by provider", () => {
    const authorizationDays = { default: 7, pp_stripe_stripe: 5 };
    expect(appOptions({ authorizationDays })).toMatchObject({ authorizationDays });
    for (const bad of [7, { default: 0 }, { default: 366 }, { default: 1.5 }, { "a b": 3 }, null]) {
      expect(() => appOptions({ authorizationDays: bad })).toThrow(/authorizationDays/);
    }
  });

  it("finds its own entry in the store's plugins list, by name or by a path ending in it", () => {
    const options = { appPath: "/pay" };
    expect(ownOptions(["other", { resolve: "medusa-order-payments", options }])).toBe(options);
    expect(ownOptions([{ resolve: "./node_modules/medusa-order-payments/", options }])).toBe(options);
    expect(ownOptions(["medusa-order-payments"])).toEqual({});
    expect(ownOptions([{ resolve: "medusa-order-payments-extra", options }])).toEqual({});
    expect(ownOptions(undefined)).toEqual({});
  });
});
