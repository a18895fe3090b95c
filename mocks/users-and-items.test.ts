// @vitest-environment node
// GET /admin/users and an order's items, as a live Medusa 2.21.2 answered them (recorded while
// building the order page's "who did what" and items): the id filter, `fields`, the refusal of an
// unknown query key, and only the item fields that were asked for.
import { describe, expect, it } from "vitest";
import { faultHarness } from "./fault-harness";
import { OTHER_USER } from "./seed";

const mock = faultHarness();
const get = async (path: string) => {
  const res = await mock.get(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("GET /admin/users", () => {
  it("filters by id[] and gives only the fields asked for, unknown ids and fields left out", async () => {
    const me = mock.orderOf(1003).collections[0]!.payments[0]!.captures[0]!.created_by!;
    const { status, body } = await get(
      `/admin/users?id[]=${me}&id[]=${OTHER_USER.id}&id[]=user_01NOBODY000000000000000&fields=id,email,first_name,last_name,foo`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      users: [
        { id: me, email: "admin@example.com", first_name: "Demo", last_name: "Admin" },
        { id: OTHER_USER.id, email: "riley@example.com", first_name: "Riley", last_name: "Chen" },
      ],
      count: 2,
      offset: 0,
      limit: 50,
    });
  });

  it("always sends the id, and its default columns without fields", async () => {
    expect((await get(`/admin/users?id=${OTHER_USER.id}&fields=password`)).body.users).toEqual([{ id: OTHER_USER.id }]);
    const [user] = (await get(`/admin/users?id[]=${OTHER_USER.id}`)).body.users as Record<string, unknown>[];
    expect(Object.keys(user!)).toEqual([
      "id",
      "first_name",
      "last_name",
      "email",
      "avatar_url",
      "metadata",
      "created_at",
      "updated_at",
      "deleted_at",
    ]);
  });

  it("refuses a query key it does not know, as Medusa does", async () => {
    expect(await get("/admin/users?fields=id&foo=1&bar=2")).toEqual({
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: Unrecognized fields: 'foo, bar'" },
    });
  });
});

describe("an order's items", () => {
  it("come with the fields named, and detail quantities only where asked", async () => {
    const id = mock.orderOf(1005).id;
    const { body } = await get(
      `/admin/orders/${id}?fields=id,total,items.id,items.title,items.variant_title,items.quantity,items.unit_price,items.subtotal,items.detail.return_received_quantity`,
    );
    expect((body.order as { items: unknown[] }).items).toEqual([
      {
        id: expect.stringMatching(/^ordli_/),
        title: "Shortest Path Tee",
        variant_title: "M",
        quantity: 1,
        unit_price: 29.99,
        subtotal: 29.99,
        detail: { return_received_quantity: 1 },
      },
    ]);
  });

  it("leave out canceled_at unless asked, and give it for a canceled order", async () => {
    const open = await get(`/admin/orders/${mock.orderOf(1003).id}`);
    expect(open.body.order).not.toHaveProperty("canceled_at");
    const canceled = await get(`/admin/orders/${mock.orderOf(1010).id}?fields=id,canceled_at`);
    expect((canceled.body.order as { canceled_at: string }).canceled_at).toMatch(/^2026-/);
  });
});
