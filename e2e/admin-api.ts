// The Admin API as the signed-in page reaches it (the demo's mock in its worker, or the real
// server with the page's session), for specs that check what the server holds or answers.
import type { Page } from "@playwright/test";
import { backend, medusaState } from "./backend";

export type ApiReply = { status: number; body: unknown; replayed: string | null };

/** One request from the page, with its session (cookie, or the tab's bearer token). */
export async function adminCall(
  page: Page,
  method: "GET" | "POST",
  path: string,
  options: { body?: unknown; key?: string } = {},
): Promise<ApiReply> {
  const origin = backend === "medusa" ? medusaState().backendUrl : "";
  return page.evaluate(
    async ({ url, method, body, key }) => {
      const token = sessionStorage.getItem("order-payments-token");
      const headers: Record<string, string> = { accept: "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      if (key) headers["idempotency-key"] = key;
      const res = await fetch(url, {
        method,
        headers,
        credentials: "include",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => null)) as unknown,
        replayed: res.headers.get("idempotent-replayed"),
      };
    },
    { url: `${origin}${path}`, method, body: options.body, key: options.key },
  );
}

export type ListedOrder = { id: string; display_id: number; created_at: string; payment_status: string; email: string };

/** Every order, newest first, with the payment status Medusa's own order list gives each. */
export async function everyOrder(page: Page): Promise<ListedOrder[]> {
  const fields = "id,display_id,created_at,email,payment_status";
  const reply = await adminCall(page, "GET", `/admin/orders?fields=${fields}&limit=500&order=-created_at`);
  if (reply.status !== 200) throw new Error(`GET /admin/orders: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { orders: ListedOrder[] }).orders;
}

/** Plays a store without the plugin (the demo's mock only); the page reloads to forget what it knew. */
export async function mockWithoutPlugin(page: Page) {
  const status = await page.evaluate(
    async () => (await fetch("/__demo/plugin", { method: "POST", body: JSON.stringify({ installed: false }) })).status,
  );
  if (status !== 200) throw new Error(`POST /__demo/plugin: ${status}`);
  await page.reload();
}

/**
 * Every capture and refund the server holds for an order, as "capture 10" or "refund 12.4" (the
 * API's decimal amounts), sorted: what a money move added shows as one more entry.
 */
export async function moneyRecords(page: Page, orderId: string): Promise<string[]> {
  const fields = "id,*payment_collections,*payment_collections.payments.captures,*payment_collections.payments.refunds";
  const reply = await adminCall(page, "GET", `/admin/orders/${orderId}?fields=${fields}`);
  if (reply.status !== 200)
    throw new Error(`GET /admin/orders/${orderId}: ${reply.status} ${JSON.stringify(reply.body)}`);
  type Entry = { amount: number };
  type Payment = { captures?: Entry[]; refunds?: Entry[] };
  const order = (reply.body as { order: { payment_collections: { payments?: Payment[] }[] } }).order;
  const payments = order.payment_collections.flatMap((c) => c.payments ?? []);
  return payments
    .flatMap((p) => [
      ...(p.captures ?? []).map((c) => `capture ${c.amount}`),
      ...(p.refunds ?? []).map((r) => `refund ${r.amount}`),
    ])
    .sort();
}
