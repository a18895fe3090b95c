// Contract check between the mock Medusa (mocks/, behind msw/node) and a real Medusa 2.x
// server started by start.mjs: one sequence of Admin API calls is sent to both, and each
// step is compared on what the app relies on: the HTTP status, the error `type` and
// `message`, and afterwards the order's `payment_status` and summary figures.
//
// Run only against a live server (never part of `npm test`):
//   node e2e/medusa/start.mjs
//   npx vitest run --config e2e/medusa/vitest.contract.config.ts
//   node e2e/medusa/stop.mjs
// The state file comes from E2E_MEDUSA_STATE, else e2e/medusa/.state.json. Every start
// seeds fresh orders, and this sequence changes two of them, so restart before a rerun.
//
// The real server is driven first with plain fetch, before MSW is listening; then the mock's
// handlers are installed with setupServer and the same sequence runs against a fake origin.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer } from "../../mocks/node";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const STATE_PATH = resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json");
const MOCK_ORIGIN = "http://mock.test";
/** The mock's demo orders that mirror the real server's seeded roles. */
const MOCK_DISPLAY = { authorized: 1001, outstanding: 1006 } as const;
const REAL_ROLE = { authorized: "authorized-1", outstanding: "outstanding-positive" } as const;
const ORDER_FIELDS = "id,payment_status,+summary,*payment_collections";
const PAYMENT_FIELDS = "id,*payment_collections,*payment_collections.payments";
const SUMMARY_KEYS = [
  "paid_total",
  "refunded_total",
  "transaction_total",
  "pending_difference",
  "current_order_total",
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type OrderKey = keyof typeof MOCK_DISPLAY;
type Summary = Record<(typeof SUMMARY_KEYS)[number], number | null>;

type State = {
  backendUrl: string;
  loopbackUrl?: string;
  admin: { email: string; password: string };
  orders: Record<string, { id: string; display_id: number; ok?: boolean }>;
};

/** What one step is compared on. */
type Observed = {
  status: number;
  type: string | null;
  message: string | null;
  payment_status: string | null;
  summary: Summary | null;
};

function readState(): State {
  if (!existsSync(STATE_PATH)) {
    throw new Error(
      `Medusa state file not found: ${STATE_PATH}\n` +
        "This contract check needs a live Medusa server. Start one with `node e2e/medusa/start.mjs` " +
        "(it writes e2e/medusa/.state.json), or point E2E_MEDUSA_STATE at a state file. " +
        "Stop it afterwards with `node e2e/medusa/stop.mjs`.",
    );
  }
  const state = JSON.parse(readFileSync(STATE_PATH, "utf8")) as State;
  for (const role of Object.values(REAL_ROLE)) {
    if (!state.orders?.[role]?.id) throw new Error(`State file ${STATE_PATH} has no order for role "${role}".`);
  }
  return state;
}

// Read at load time so a missing state file fails the run at once, with the message above.
const STATE = readState();

// ---------------------------------------------------------------------------------------
// A small Admin API client, the same for both backends.

type Reply = { status: number; body: Json };

function client(origin: string) {
  let token: string | null = null;
  async function call(method: string, path: string, opts: { body?: unknown; auth?: boolean } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (opts.auth !== false && token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    let res: Response;
    try {
      res = await fetch(`${origin}${path}`, { method, headers, body });
    } catch (error) {
      throw new Error(`${method} ${origin}${path} failed: ${String((error as Error).cause ?? error)}`);
    }
    const text = await res.text();
    let json: Json = null;
    try {
      json = text ? (JSON.parse(text) as Json) : null;
    } catch {
      json = { unparsed: text };
    }
    return { status: res.status, body: json };
  }
  return {
    call,
    setToken: (t: string) => {
      token = t;
    },
  };
}

type Client = ReturnType<typeof client>;

const obj = (v: Json | undefined): JsonObject => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const str = (v: Json | undefined): string | null => (typeof v === "string" ? v : null);

async function orderState(api: Client, orderId: string) {
  const res = await api.call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(ORDER_FIELDS)}`);
  if (res.status !== 200) throw new Error(`GET order ${orderId}: ${res.status} ${JSON.stringify(res.body)}`);
  const order = obj(obj(res.body).order);
  const summary = obj(order.summary);
  return {
    payment_status: str(order.payment_status),
    summary: Object.fromEntries(
      SUMMARY_KEYS.map((k) => [
        k,
        typeof summary[k] === "number" ? summary[k] : summary[k] === undefined ? null : Number(summary[k]),
      ]),
    ) as Summary,
    collections: arr(order.payment_collections).map(obj),
  };
}

/** The order's payments, first collection first. */
async function paymentsOf(api: Client, orderId: string): Promise<JsonObject[]> {
  const res = await api.call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(PAYMENT_FIELDS)}`);
  if (res.status !== 200) throw new Error(`GET order ${orderId} payments: ${res.status} ${JSON.stringify(res.body)}`);
  return arr(obj(obj(res.body).order).payment_collections).flatMap((c) => arr(obj(c).payments).map(obj));
}

// ---------------------------------------------------------------------------------------
// The sequence.

type Ctx = {
  api: Client;
  orders: Record<OrderKey, string>;
  paymentId: string;
  reasonId: string;
  notPaidCollectionId: string;
  /** The last observed summary of each order on this backend. */
  last: Partial<Record<OrderKey, Summary>>;
};

type Step = { name: string; order: OrderKey; run: (ctx: Ctx) => Promise<Reply> };

const capture = (ctx: Ctx, body?: unknown) =>
  ctx.api.call("POST", `/admin/payments/${ctx.paymentId}/capture`, { body });
const refund = (ctx: Ctx, body: unknown) => ctx.api.call("POST", `/admin/payments/${ctx.paymentId}/refund`, { body });
const markAsPaid = (ctx: Ctx) =>
  ctx.api.call("POST", `/admin/payment-collections/${ctx.notPaidCollectionId}/mark-as-paid`, {
    body: { order_id: ctx.orders.outstanding },
  });

const STEPS: Step[] = [
  {
    name: "authorized order as seeded",
    order: "authorized",
    run: (c) => c.api.call("GET", `/admin/orders/${c.orders.authorized}`),
  },
  { name: "capture 20 (partial)", order: "authorized", run: (c) => capture(c, { amount: 20 }) },
  { name: "capture with no body after a partial capture", order: "authorized", run: (c) => capture(c) },
  { name: "capture the remaining 40", order: "authorized", run: (c) => capture(c, { amount: 40 }) },
  {
    name: "refund 15 with a reason and a note",
    order: "authorized",
    run: (c) => refund(c, { amount: 15, refund_reason_id: c.reasonId, note: "Contract check: partial refund" }),
  },
  { name: "refund 1000 (over the captured amount)", order: "authorized", run: (c) => refund(c, { amount: 1000 }) },
  {
    name: "refund with an unknown reason id",
    order: "authorized",
    run: (c) => refund(c, { amount: 1, refund_reason_id: "refr_01CONTRACTUNKNOWN00000000" }),
  },
  {
    name: "refund 0.02 over the remaining",
    order: "authorized",
    run: (c) => {
      const s = c.last.authorized;
      if (!s || s.paid_total === null || s.refunded_total === null) throw new Error("no summary before the refund");
      const remainingCents = Math.round(s.paid_total * 100) - Math.round(s.refunded_total * 100);
      return refund(c, { amount: (remainingCents + 2) / 100 });
    },
  },
  {
    name: "outstanding order as seeded",
    order: "outstanding",
    run: (c) => c.api.call("GET", `/admin/orders/${c.orders.outstanding}`),
  },
  { name: "mark the not_paid collection as paid", order: "outstanding", run: markAsPaid },
  { name: "mark the same collection as paid again", order: "outstanding", run: markAsPaid },
  {
    name: "request without auth (401)",
    order: "outstanding",
    run: (c) =>
      c.api.call("GET", `/admin/orders/${c.orders.outstanding}?fields=${encodeURIComponent(ORDER_FIELDS)}`, {
        auth: false,
      }),
  },
];

type Run = {
  setup: { signIn: number; reasons: number; reasonLabel: string | null };
  steps: Record<string, Observed>;
};

async function runSequence(
  origin: string,
  admin: { email: string; password: string },
  locate: (api: Client) => Promise<Record<OrderKey, string>>,
): Promise<Run> {
  const api = client(origin);
  const signIn = await api.call("POST", "/auth/user/emailpass", { body: admin, auth: false });
  const token = str(obj(signIn.body).token);
  if (signIn.status !== 200 || !token)
    throw new Error(`Sign-in at ${origin} failed: ${signIn.status} ${JSON.stringify(signIn.body)}`);
  api.setToken(token);

  const reasons = await api.call("GET", "/admin/refund-reasons");
  const firstReason = obj(arr(obj(reasons.body).refund_reasons)[0]);
  const reasonId = str(firstReason.id);
  if (!reasonId) throw new Error(`No refund reason at ${origin}: ${reasons.status} ${JSON.stringify(reasons.body)}`);

  const orders = await locate(api);
  const paymentId = str((await paymentsOf(api, orders.authorized))[0]?.id);
  if (!paymentId) throw new Error(`No payment on the authorized order at ${origin}`);
  const seeded = await orderState(api, orders.outstanding);
  const notPaidCollectionId = str(seeded.collections.find((c) => c.status === "not_paid")?.id);
  if (!notPaidCollectionId) {
    throw new Error(
      `No not_paid collection on the outstanding order at ${origin}. ` +
        "On the real server this means its orders were used by an earlier run: restart it (stop.mjs, start.mjs).",
    );
  }

  const ctx: Ctx = { api, orders, paymentId, reasonId, notPaidCollectionId, last: {} };
  const steps: Record<string, Observed> = {};
  for (const step of STEPS) {
    const reply = await step.run(ctx);
    const after = await orderState(api, orders[step.order]);
    ctx.last[step.order] = after.summary;
    const body = obj(reply.body);
    steps[step.name] = {
      status: reply.status,
      type: str(body.type),
      message: str(body.message),
      payment_status: after.payment_status,
      summary: after.summary,
    };
  }
  return { setup: { signIn: signIn.status, reasons: reasons.status, reasonLabel: str(firstReason.label) }, steps };
}

// ---------------------------------------------------------------------------------------

let real: Run;
let mock: Run;

function table(): string {
  const fmt = (o: Observed | undefined) => {
    if (!o) return "-";
    const err = o.type || o.message ? ` ${o.type ?? ""}: ${o.message ?? ""}` : "";
    const s = o.summary;
    const fig = s ? SUMMARY_KEYS.map((k) => s[k]).join("/") : "-";
    return `${o.status}${err} | ${o.payment_status} | ${fig}`;
  };
  const lines = STEPS.map((s) => {
    const same = JSON.stringify(real?.steps[s.name]) === JSON.stringify(mock?.steps[s.name]);
    return `${same ? "same" : "DIFF"}  ${s.name}\n      real: ${fmt(real?.steps[s.name])}\n      mock: ${fmt(mock?.steps[s.name])}`;
  });
  return `status [type: message] | payment_status | ${SUMMARY_KEYS.join("/")}\n${lines.join("\n")}`;
}

describe(`mock vs real Medusa (${STATE.loopbackUrl ?? STATE.backendUrl})`, () => {
  const mockBackend = createMockServer();
  const mockServer = mockBackend.server;
  // The mock plays the same store: with this repository's plugin unless start.mjs ran without it.
  if ((STATE as { plugin?: boolean }).plugin === false) mockBackend.backend.db.plugin = false;

  beforeAll(async () => {
    // 1. The real server, with no MSW in the way.
    const origin = (STATE.loopbackUrl ?? STATE.backendUrl).replace(/\/$/, "");
    const health = await fetch(`${origin}/health`).catch((error: Error) => error);
    if (health instanceof Error || !health.ok) {
      throw new Error(
        `The Medusa server in ${STATE_PATH} does not answer at ${origin}/health ` +
          `(${health instanceof Error ? String(health.cause ?? health) : health.status}). Start it with node e2e/medusa/start.mjs.`,
      );
    }
    real = await runSequence(origin, STATE.admin, async () => ({
      authorized: STATE.orders[REAL_ROLE.authorized]!.id,
      outstanding: STATE.orders[REAL_ROLE.outstanding]!.id,
    }));

    // 2. The mock, on a fake origin; anything it does not handle is an error.
    mockServer.listen({ onUnhandledRequest: "error" });
    mock = await runSequence(MOCK_ORIGIN, { email: "admin@example.com", password: "supersecret" }, async (api) => {
      const find = async (display: number) => {
        const res = await api.call("GET", `/admin/orders?q=${display}&fields=id,display_id`);
        const order = arr(obj(res.body).orders)
          .map(obj)
          .find((o) => o.display_id === display);
        if (!order) throw new Error(`Mock order #${display} not found`);
        return str(order.id)!;
      };
      return { authorized: await find(MOCK_DISPLAY.authorized), outstanding: await find(MOCK_DISPLAY.outstanding) };
    });
  });

  afterAll(() => {
    mockServer.close();
    if (real && mock) console.log(`\nContract steps (real vs mock):\n${table()}\n`);
  });

  it("signs in and lists refund reasons alike", () => {
    expect({ signIn: mock.setup.signIn, reasons: mock.setup.reasons }).toEqual({
      signIn: real.setup.signIn,
      reasons: real.setup.reasons,
    });
  });

  for (const step of STEPS) {
    it(step.name, () => {
      expect(mock.steps[step.name], `mock differs from real Medusa at "${step.name}"`).toEqual(real.steps[step.name]);
    });
  }
});
