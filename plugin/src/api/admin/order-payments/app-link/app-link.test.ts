import { describe, expect, it } from "vitest";
import { appLinkBase } from "./app-link";

describe("appLinkBase", () => {
  it.each([
    [{}, "/payments"],
    [{ appPath: "/money/" }, "/money"],
    [{ appPath: false }, null],
    [{ appPath: "/admin/payments" }, null], // refused by the server: it serves no app there
    [{ appUrl: "https://payments.example.com/" }, "https://payments.example.com"],
    [{ appUrl: "https://example.com/tools/payments", appPath: false }, "https://example.com/tools/payments"],
  ])("%j -> %s", (options, expected) => {
    expect(appLinkBase(options)).toBe(expected);
  });

  it("refuses an appUrl that is not an http(s) address", () => {
    expect(() => appLinkBase({ appUrl: "payments.example.com" })).toThrow();
    expect(() => appLinkBase({ appUrl: "javascript:alert(1)" })).toThrow(/http/);
  });
});
