// Contract check of GET /admin/users as the order page asks for its staff (src/api/users.ts): one
// request naming every user id, only the fields the app reads. The mock and the live server must
// agree on the filter, the fields sent, the paging envelope and the refusal of an unknown query
// key. The names themselves differ (the demo's admin has one, the harness's has none).
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
import { beforeAll, describe, expect, it } from "vitest";
import { pairOfSides, type Side } from "./contract-sides";
import { differences } from "./contract-terms";

const sides = pairOfSides();
beforeAll(() => sides.signIn());

/** USER_FIELDS in src/api/users.ts (not importable here: it loads the app's request module). */
const USER_FIELDS = "id,email,first_name,last_name";
const UNKNOWN = "user_01CONTRACTNOBODY00000000";
const me = async (s: Side) => s.call("/admin/users/me").then((r) => (r.body.user as { id: string }).id);

describe("mock vs real Medusa: GET /admin/users as the order page names its staff", () => {
  it("the ids asked for, unknown ones left out, only the fields asked for", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const id = await me(s);
      const reply = await s.call(`/admin/users?id[]=${id}&id[]=${UNKNOWN}&fields=${USER_FIELDS},foo&limit=2`);
      const users = reply.body.users as Record<string, unknown>[];
      return {
        status: reply.status,
        count: reply.body.count,
        limit: reply.body.limit,
        offset: reply.body.offset,
        ids: users.map((u) => (u.id === id ? "me" : u.id)),
        keys: users.map((u) => Object.keys(u)),
        email: users[0]?.email,
      };
    });
    expect(r.ids).toEqual(["me"]);
    expect(differences(r, m)).toEqual([]);
  });

  it("the default columns without fields", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const reply = await s.call(`/admin/users?id=${await me(s)}`);
      return { status: reply.status, keys: (reply.body.users as object[]).map((u) => Object.keys(u)) };
    });
    expect(differences(r, m)).toEqual([]);
  });

  it("refuses a query key it does not know", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const reply = await s.call("/admin/users?fields=id&foo=1&bar=2");
      return { status: reply.status, body: reply.body };
    });
    expect(r.status).toBe(400);
    expect(differences(r, m)).toEqual([]);
  });
});
