import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setConfig } from "./config";
import { auth, send, sendEarly } from "./http";

const fetchMock = vi.fn(async () => new Response("{}"));

beforeEach(() => {
  setConfig({ backendUrl: "http://medusa.test" });
  auth.token = null;
  vi.stubGlobal("fetch", fetchMock);
  fetchMock.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

const urls = () => fetchMock.mock.calls.map((call) => String((call as unknown[])[0]));

describe("a request started before the app loaded", () => {
  it("answers the app's first identical read, and only that one", async () => {
    sendEarly("/admin/orders/order_1", { fields: "id,total" });
    const first = send("/admin/orders/order_1", { query: { fields: "id,total" } });
    const second = send("/admin/orders/order_1", { query: { fields: "id,total" } });
    await Promise.all([first, second]);
    expect(urls()).toEqual([
      "http://medusa.test/admin/orders/order_1?fields=id%2Ctotal",
      "http://medusa.test/admin/orders/order_1?fields=id%2Ctotal",
    ]);
  });

  it("is not taken by a different read, a write, or a read with another token", async () => {
    sendEarly("/admin/orders/order_1", { fields: "id" });
    await send("/admin/orders/order_2", { query: { fields: "id" } });
    await send("/admin/orders/order_1", { method: "POST", query: { fields: "id" }, body: {} });
    await send("/admin/orders/order_1", { query: { fields: "id" }, token: "other" });
    expect(fetchMock).toHaveBeenCalledTimes(4);
    await send("/admin/orders/order_1", { query: { fields: "id" } }); // still waiting: taken now
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it("hands a network failure to the app's request rather than dropping it", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    sendEarly("/admin/orders/order_1");
    await expect(send("/admin/orders/order_1")).rejects.toThrow("Failed to fetch");
  });
});
