import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig, loadConfig, setConfig } from "./config";

const serve = (body: unknown, type = "application/json") =>
  vi
    .spyOn(globalThis, "fetch")
    .mockResolvedValue(new Response(JSON.stringify(body), { headers: { "content-type": type } }));

afterEach(() => setConfig({ backendUrl: "http://localhost:9000", storefrontUrl: "", demo: false }));

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

  it("ignores settings of the wrong type", async () => {
    setConfig({ demo: false, backendUrl: "http://localhost:9000" });
    serve({ backendUrl: 42 });
    await loadConfig();
    expect(getConfig().backendUrl).toBe("http://localhost:9000");
  });
});
