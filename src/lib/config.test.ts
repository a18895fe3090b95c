import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig, loadConfig, setConfig } from "./config";

const serve = (body: unknown, type = "application/json") =>
  vi
    .spyOn(globalThis, "fetch")
    .mockResolvedValue(new Response(JSON.stringify(body), { headers: { "content-type": type } }));

afterEach(() =>
  setConfig({ backendUrl: "http://localhost:9000", storefrontUrl: "", demo: false, authorizationDays: { default: 7 } }),
);

describe("runtime configuration", () => {
  it("reads the backend and storefront addresses from config.json beside the app", async () => {
    setConfig({ demo: false });
    serve({ backendUrl: "https://api.shop.test", storefrontUrl: "https://shop.test" });
    await loadConfig();
    expect(getConfig()).toMatchObject({ backendUrl: "https://api.shop.test", storefrontUrl: "https://shop.test" });
  });

  it("keeps the defaults when there is no config.json (a dev server answers with index.html)", async () => {
    setConfig({ demo: false, backendUrl: "http://localhost:9000" });
    serve("<!doctype html>", "text/html");
    await loadConfig();
    expect(getConfig().backendUrl).toBe("http://localhost:9000");
  });

  it("reads each provider's authorization window in whole days, 7 by default, and drops the rest", async () => {
    setConfig({ demo: false });
    serve({ authorizationDays: { pp_stripe_stripe: 7, pp_paypal_paypal: 29, pp_odd: 0, "a b": 3, pp_half: 1.5 } });
    await loadConfig();
    expect(getConfig().authorizationDays).toEqual({ default: 7, pp_stripe_stripe: 7, pp_paypal_paypal: 29 });
  });

  it("ignores settings of the wrong type", async () => {
    setConfig({ demo: false, backendUrl: "http://localhost:9000" });
    serve({ backendUrl: 42 });
    await loadConfig();
    expect(getConfig().backendUrl).toBe("http://localhost:9000");
  });

  it("served by the Medusa plugin, takes the page's own origin as the API and reads no config.json", async () => {
    setConfig({ demo: false, backendUrl: "http://localhost:9000" });
    const fetch = serve({ backendUrl: "https://elsewhere.test" });
    const metas = [
      ["order-payments-api", "same-origin"],
      ["order-payments-storefront", "https://shop.test"],
      ["order-payments-authorization-days", '{"default":5,"pp_stripe_stripe":7}'],
    ].map(([name, content]) => {
      const meta = document.createElement("meta");
      meta.setAttribute("name", name!);
      meta.setAttribute("content", content!);
      return document.head.appendChild(meta);
    });
    try {
      await loadConfig();
    } finally {
      metas.forEach((meta) => meta.remove());
    }
    expect(getConfig()).toMatchObject({
      backendUrl: window.location.origin,
      storefrontUrl: "https://shop.test",
      authorizationDays: { default: 5, pp_stripe_stripe: 7 },
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
