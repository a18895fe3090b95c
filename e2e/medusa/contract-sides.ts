// The two sides of the list and plugin contract checks (contract-lists.test.ts,
// contract-plugin.test.ts): the live server in the state file and the mock, each reached with its
// own sign-in, with the seeded orders both hold named by role, so their answers can be compared
// in shared terms.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createMockServer, DEMO_USER } from "../../mocks/node";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export type State = {
  loopbackUrl?: string;
  backendUrl: string;
  admin: { email: string; password: string };
  plugin?: boolean;
  orders: Record<string, { id: string; display_id: number }>;
};
export const STATE = JSON.parse(
  readFileSync(resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json"), "utf8"),
) as State;
export const PLUGIN = STATE.plugin !== false;
/** Seeded orders no server check changes, by role, with the demo order each stands for. */
export const ROLES: Record<string, number> = {
  "partially-captured": 1002,
  captured: 1003,
  "partially-refunded": 1004,
  refunded: 1005,
  "outstanding-negative": 1007,
  "canceled-after-capture": 1045,
};
/** The order the key checks capture from: 32.75 authorized on the server, 60.00 in the mock. */
export const CAPTURE_FROM = { real: "authorized-3", mock: 1001 };

export type Reply = { status: number; body: Record<string, unknown>; replayed: string | null };
export type Side = {
  call(path: string, init?: { body?: unknown; key?: string }): Promise<Reply>;
  /** Order id -> role, for the roles above. */
  role: Map<string, string>;
  displayId(role: string): number;
  capturePath: string;
};

export async function side(origin: string, admin: { email: string; password: string }, mock: boolean): Promise<Side> {
  const login = await fetch(`${origin}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  });
  const { token } = (await login.json()) as { token: string };
  const call: Side["call"] = async (path, init = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.key) headers["idempotency-key"] = init.key;
    const res = await fetch(`${origin}${path}`, {
      method: init.body === undefined ? "GET" : "POST",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, body, replayed: res.headers.get("idempotent-replayed") };
  };
  const byDisplay = async (display: number) => {
    const { body } = await call(`/admin/orders?q=${display}&fields=id,display_id&limit=50`);
    return (body.orders as { id: string; display_id: number }[]).find((o) => o.display_id === display)!.id;
  };
  const ids: Record<string, string> = {};
  for (const [role, demo] of Object.entries(ROLES)) ids[role] = mock ? await byDisplay(demo) : STATE.orders[role]!.id;
  const from = mock ? await byDisplay(CAPTURE_FROM.mock) : STATE.orders[CAPTURE_FROM.real]!.id;
  const order = await call(`/admin/orders/${from}?fields=id,*payment_collections.payments`);
  const collections = (order.body.order as { payment_collections: { payments: { id: string }[] }[] })
    .payment_collections;
  return {
    call,
    role: new Map(Object.entries(ids).map(([role, id]) => [id, role])),
    displayId: (role) => (mock ? ROLES[role]! : STATE.orders[role]!.display_id),
    capturePath: `/admin/payments/${collections[0]!.payments[0]!.id}/capture`,
  };
}

export type Row = { id: string; email: string; total: number; currency_code: string; payment_status: string };

export const TEN = "created_at,currency_code,customer,display_id,email,id,payment_status,status,summary,total";

/**
 * A list answer in shared terms: the known orders by role, without their ids, numbers and dates
 * (the two sides placed them apart), and what every row obeys, known or not.
 */
export function listTerms(s: Side, reply: Reply, rule: (row: Row) => boolean) {
  const rows = (reply.body.orders ?? []) as (Row & {
    display_id: number;
    created_at: string;
    customer?: { id: string };
  })[];
  return {
    status: reply.status,
    everyRowHasTheTenFields: rows.every((r) => Object.keys(r).sort().join(",") === TEN),
    everyRowObeys: rows.every(rule),
    known: rows
      .filter((r) => s.role.has(r.id))
      .map(({ id, display_id, created_at, customer, ...rest }) => ({
        ...rest,
        customer: customer && { ...customer, id: typeof customer.id },
        role: s.role.get(id),
        numbered: display_id === s.displayId(s.role.get(id)!),
        dated: !Number.isNaN(Date.parse(created_at)),
      }))
      .sort((a, b) => (a.role! < b.role! ? -1 : 1)),
  };
}

/**
 * Both sides, signed in, for one test file: `both` asks each the same question. MSW answers every
 * origin while it listens, so it listens only while the mock is asked.
 */
export function pairOfSides() {
  const mockServer = createMockServer();
  let real: Side;
  let mock: Side;
  async function onMock<T>(work: () => Promise<T>): Promise<T> {
    mockServer.server.listen({ onUnhandledRequest: "error" });
    try {
      return await work();
    } finally {
      mockServer.server.close();
    }
  }
  return {
    async signIn() {
      real = await side((STATE.loopbackUrl ?? STATE.backendUrl).replace(/\/$/, ""), STATE.admin, false);
      if (!PLUGIN) mockServer.backend.db.plugin = false;
      mock = await onMock(() => side("http://mock.test", DEMO_USER, true));
    },
    /** The same question to both sides, each answer put in shared terms. */
    async both<T>(ask: (s: Side) => Promise<T>): Promise<{ real: T; mock: T }> {
      const fromReal = await ask(real);
      return { real: fromReal, mock: await onMock(() => ask(mock)) };
    },
  };
}
