import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { setupMockBackend } from "@/test/render";
import { getOrders, StatusFilterUnavailable } from "./order-list";
import { askPlugin, knownPlugin } from "./server-plugin";

const mock = setupMockBackend();
const paths = () => mock.requests.map((r) => r.url.pathname);
const page = { offset: 0, limit: 20 };
const withoutPlugin = () => (mock.backend.db.plugin = false);

describe("getOrders with the plugin", () => {
  it("reads the plugin's list, filtered by the server, and learns that the plugin is there", async () => {
    const client = new QueryClient();
    const { orders, count } = await getOrders({ ...page, paymentStatus: "refunded" }, client);
    expect(paths()).toEqual(["/admin/order-payments"]);
    expect(mock.requests[0]!.url.searchParams.getAll("payment_status[]")).toEqual(["refunded"]);
    expect(count).toBeGreaterThan(0);
    expect(new Set(orders.map((o) => o.paymentStatus))).toEqual(new Set(["refunded"]));
    expect(knownPlugin(client)).toBe(true);
  });

  it("learns nothing from a failure other than a missing route", async () => {
    mock.server.use(http.get("*/admin/order-payments", () => HttpResponse.json({ message: "down" }, { status: 503 })));
    const client = new QueryClient();
    await expect(getOrders(page, client)).rejects.toThrow("down");
    expect(knownPlugin(client)).toBeUndefined();
    expect(paths()).toEqual(["/admin/order-payments"]);
  });
});

describe("getOrders without the plugin", () => {
  it("falls back to Medusa's list after one 404, then goes there directly", async () => {
    withoutPlugin();
    const client = new QueryClient();
    expect((await getOrders(page, client)).count).toBe(45);
    expect(knownPlugin(client)).toBe(false);
    await getOrders({ ...page, q: "#1003" }, client);
    expect(paths()).toEqual(["/admin/order-payments", "/admin/orders", "/admin/orders"]);
    expect(mock.requests[2]!.url.searchParams.get("q")).toBe("1003");
  });

  it("takes a network error there for a missing route when Medusa's own list answers (no CORS on its 404)", async () => {
    withoutPlugin();
    mock.server.use(http.get("*/admin/order-payments", () => HttpResponse.error()));
    const client = new QueryClient();
    expect((await getOrders(page, client)).count).toBe(45);
    expect(knownPlugin(client)).toBe(false);
  });

  it("reports a server it cannot reach at all as unreachable, learning nothing", async () => {
    mock.server.use(http.get("*/admin/*", () => HttpResponse.error()));
    const client = new QueryClient();
    await expect(getOrders(page, client)).rejects.toThrow(/Could not reach/);
    expect(knownPlugin(client)).toBeUndefined();
  });

  it("refuses a status filter instead of answering every order", async () => {
    withoutPlugin();
    const client = new QueryClient();
    await expect(getOrders({ ...page, paymentStatus: "captured" }, client)).rejects.toBeInstanceOf(
      StatusFilterUnavailable,
    );
    expect(paths()).toEqual(["/admin/order-payments"]);
    expect(
      mock.requests.some((r) => r.url.searchParams.has("payment_status[]") && r.url.pathname === "/admin/orders"),
    ).toBe(false);
  });
});

describe("askPlugin", () => {
  it("asks once and keeps the answer", async () => {
    const client = new QueryClient();
    expect(await askPlugin(client)).toBe(true);
    expect(await askPlugin(client)).toBe(true);
    expect(paths()).toEqual(["/admin/order-payments"]);
  });

  it("says false on a server without the plugin, and undefined when it cannot tell", async () => {
    withoutPlugin();
    expect(await askPlugin(new QueryClient())).toBe(false);
    mock.server.use(http.get("*/admin/*", () => HttpResponse.error())); // nothing answers
    expect(await askPlugin(new QueryClient({ defaultOptions: { queries: { retry: false } } }))).toBeUndefined();
  });

  it("costs nothing once the list has learned it", async () => {
    const client = new QueryClient();
    await getOrders(page, client);
    expect(await askPlugin(client)).toBe(true);
    expect(paths()).toEqual(["/admin/order-payments"]);
  });
});
