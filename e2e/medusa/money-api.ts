// A small Admin API client for plugin-money.test.ts and plugin-restart.mjs's checks: fresh orders
// through the Store API (seed.mjs), POSTs with or without an Idempotency-Key, and a look at a
// payment's captures and refunds afterwards.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { applySteps, client, placeOrder, type Catalog } from "./seed.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const STATE_PATH = resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json");

export type State = {
  loopbackUrl: string;
  publishableKey: string;
  plugin?: boolean;
  admin: { email: string; password: string };
  ports: { postgres: number };
  catalog: Catalog;
};

export function readState(): State {
  if (!existsSync(STATE_PATH)) {
    throw new Error(
      `Medusa state file not found: ${STATE_PATH}. Start a server with \`node e2e/medusa/start.mjs\` ` +
        "(E2E_MEDUSA_STATE names another state file) and stop it with `node e2e/medusa/stop.mjs`.",
    );
  }
  return JSON.parse(readFileSync(STATE_PATH, "utf8")) as State;
}

export type Reply = { status: number; text: string; body: any; replayed: string | null };
export type Payment = { id: string; captures: { amount: number }[]; refunds: { amount: number }[] };

export async function signIn(state: State) {
  const res = await fetch(`${state.loopbackUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(state.admin),
  });
  const { token } = (await res.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };

  async function post(path: string, body: unknown, key?: string): Promise<Reply> {
    const res = await fetch(`${state.loopbackUrl}${path}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text), replayed: res.headers.get("idempotent-replayed") };
  }
  async function get(path: string): Promise<any> {
    const res = await fetch(`${state.loopbackUrl}${path}`, { headers });
    if (!res.ok) throw new Error(`GET ${path} -> ${res.status} ${await res.text()}`);
    return res.json();
  }
  /** The payment as it is now: what was captured and refunded on it, one row per move. */
  async function payment(id: string): Promise<Payment> {
    return (await get(`/admin/payments/${id}?fields=id,*captures,*refunds`)).payment as Payment;
  }
  return { post, get, payment };
}

/**
 * A new order placed as a shopper would (one authorized payment), then the given admin steps
 * (["capture", 25], ["cancel"], ...). Every check gets its own, so none depends on another.
 */
export async function newOrder(state: State, lines: [string, number][], steps: unknown[][] = []) {
  const api = client(state.loopbackUrl);
  await api.login(state.admin.email, state.admin.password);
  api.setPublishableKey(state.publishableKey);
  const order = await placeOrder(api, state.catalog, {
    role: "money",
    name: "Money Check",
    email: "money@example.com",
    lines,
    shipping: 10,
    steps,
  });
  await applySteps(api, state.catalog, {}, order, steps);
  const admin = await signIn(state);
  const fields = "id,*payment_collections,*payment_collections.payments";
  const { order: found } = await admin.get(`/admin/orders/${order.id}?fields=${fields}`);
  const payments = found.payment_collections.flatMap((c: { payments?: { id: string }[] }) => c.payments ?? []);
  return { orderId: order.id as string, paymentId: payments[0].id as string };
}
