// @vitest-environment node
// Medusa's own orders list and order reads, as a real Medusa 2.21.2 answers them (seen by the
// contract check, e2e/medusa/contract-lists.test.ts): what `q` finds, and only the customer
// fields an order read asks for.
import { describe, expect, it } from "vitest";
import { faultHarness } from "./fault-harness";

const mock = faultHarness();
const get = async (path: string) => (await (await mock.get(path)).json()) as Record<string, unknown>;
async function found(q: string) {
  const body = await get(`/admin/orders?fields=id,display_id&limit=100&order=display_id&q=${encodeURIComponent(q)}`);
  return (body.orders as { display_id: number }[]).map((o) => o.display_id);
}

describe("GET /admin/orders?q=", () => {
  it("reads a number as text inside the display id", async () => {
    expect(await found("1003")).toEqual([1003]);
    expect(await found("104")).toEqual([1040, 1041, 1042, 1043, 1044, 1045]);
  });

  it("finds nothing for '#': no field holds one", async () => {
    expect(await found("#1003")).toEqual([]);
  });

  it("finds part of an email or a name, in any case, every word needed", async () => {
    expect(await found("GRACE@")).toEqual([1002]);
    expect(await found("dijkstra")).toEqual([1005]);
    expect(await found("Katherine Johnson")).toEqual([1004]);
    expect(await found("Katherine Dijkstra")).toEqual([]);
  });
});

describe("GET /admin/orders/:id", () => {
  it("gives the customer's fields that were asked for, and its id", async () => {
    const id = mock.orderOf(1003).id;
    const named = await get(`/admin/orders/${id}?fields=id,customer.first_name,customer.last_name`);
    expect(Object.keys((named.order as { customer: object }).customer).sort()).toEqual([
      "first_name",
      "id",
      "last_name",
    ]);
    const whole = await get(`/admin/orders/${id}?fields=id,*customer`);
    expect((whole.order as { customer: { email: string } }).customer.email).toBe("alan@example.com");
  });
});

describe("GET /admin/refund-reasons", () => {
  it("gives Medusa's own three reasons, in its words", async () => {
    const body = await get("/admin/refund-reasons?fields=id,label,description&limit=100");
    const reasons = body.refund_reasons as { label: string; description: string }[];
    expect(Object.fromEntries(reasons.map((r) => [r.label, r.description]))).toEqual({
      "Shipping Issue": "Refund due to lost, delayed, or misdelivered shipment",
      "Pricing Error": "Refund to correct an overcharge, missing discount, or incorrect price",
      "Customer Care Adjustment": "Refund given as goodwill or compensation for inconvenience",
    });
  });
});
