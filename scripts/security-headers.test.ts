// @vitest-environment node
// One set of production headers: the Medusa plugin's copy (it ships without this repository)
// says what the README, the bench's server and `vite preview` say for a page whose API is its own origin.
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../plugin/src/serve-app/headers";
import { connectSources, contentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

describe("production headers", () => {
  it("are the plugin's, for one origin", () => {
    expect(SECURITY_HEADERS).toEqual(securityHeaders("'self'"));
  });

  it("let a page reach its own origin and the API config.json names, and no other", () => {
    expect(connectSources("https://admin.shop.example", "https://admin.shop.example/")).toBe("'self'");
    expect(connectSources("https://admin.shop.example", "https://api.shop.example:9000/store")).toBe(
      "'self' https://api.shop.example:9000",
    );
  });

  it("carry frame-ancestors in a header only: a <meta> cannot", () => {
    expect(contentSecurityPolicy("'self'")).toContain("; frame-ancestors 'none'");
    expect(contentSecurityPolicy("'self'", { header: false })).not.toContain("frame-ancestors");
  });
});
