// GET /admin/order-payments/to-capture: the plugin's capture queue (plugin/src/capture-queue).
// A store without the plugin has no such route (404).
import { http, HttpResponse, type HttpHandler } from "msw";
import { toApi } from "../../src/lib/money";
import type { MOrder, MPayment } from "../db";
import { hasPlugin } from "../plugin";
import { MedusaError } from "../rules";
import type { Context } from "./admin";

const MAX_LIMIT = 100;
const MAX_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

const invalid = (message: string) => new MedusaError(400, "invalid_data", `Invalid request: ${message}`);

/** A whole number from the query string within [min, max], as the plugin's validator reads it. */
function whole(name: string, text: string | null, fallback: number, min: number, max: number) {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text)) throw invalid(`Expected type: 'number' for field '${name}', got: '${text}'`);
  const value = Number(text);
  if (value > max) throw invalid(`Value for field '${name}' too big, expected at most: '${max}'`);
  if (value < min) throw invalid(`Value for field '${name}' too small, expected at least: '${min}'`);
  return value;
}

function queueQuery(url: URL) {
  const params = url.searchParams;
  const windows: Record<string, number> = {};
  for (const key of new Set(params.keys())) {
    const provider = /^provider_window_days\[(.*)\]$/.exec(key)?.[1];
    if (provider !== undefined) {
      if (!/^[\w-]{1,100}$/.test(provider)) throw invalid("Invalid key in record");
      windows[provider] = whole(`provider_window_days, ${provider}`, params.get(key), 0, 1, MAX_WINDOW_DAYS);
    } else if (key === "provider_window_days") {
      throw invalid(`Expected type: 'record' for field 'provider_window_days', got: '${params.get(key)}'`);
    } else if (!["limit", "offset", "window_days"].includes(key)) throw invalid(`Unrecognized fields: '${key}'`);
  }
  return {
    windows,
    windowDays: whole("window_days", params.get("window_days"), 7, 1, MAX_WINDOW_DAYS),
    limit: whole("limit", params.get("limit"), 50, 0, MAX_LIMIT),
    offset: whole("offset", params.get("offset"), 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** What is still capturable: Medusa tolerates one minor unit. */
const uncaptured = (p: MPayment) => p.amount - p.captures.reduce((sum, c) => sum + c.amount, 0);

function held(orders: MOrder[]) {
  return orders
    .filter((o) => o.status !== "canceled")
    .flatMap((order) =>
      order.collections
        .filter((c) => c.status !== "canceled")
        .flatMap((c) =>
          c.payments.filter((p) => !p.canceled_at && uncaptured(p) > 1).map((payment) => ({ order, payment })),
        ),
    );
}

export function captureQueueHandlers({ db, admin }: Context): HttpHandler[] {
  const list = admin(({ request }) => {
    const { windows, windowDays, limit, offset } = queueQuery(new URL(request.url));
    const expiry = (p: MPayment) => Date.parse(p.created_at) + (windows[p.provider_id] ?? windowDays) * DAY_MS;
    const rows = held(db().orders).sort(
      (a, b) => expiry(a.payment) - expiry(b.payment) || (a.payment.id < b.payment.id ? -1 : 1),
    );
    const payments = rows.slice(offset, offset + limit).map(({ order, payment: p }) => ({
      id: p.id,
      provider_id: p.provider_id,
      currency_code: p.currency_code,
      amount: toApi(p.amount, p.currency_code),
      captured_amount: toApi(p.amount - uncaptured(p), p.currency_code),
      created_at: p.created_at,
      expires_at: new Date(expiry(p)).toISOString(),
      order: {
        id: order.id,
        display_id: order.display_id,
        email: order.email,
        // The plugin's SQL has no customer when neither name is set.
        customer:
          order.customer.first_name === null && order.customer.last_name === null
            ? null
            : { first_name: order.customer.first_name, last_name: order.customer.last_name },
      },
    }));
    return { payments, count: rows.length, limit, offset };
  });
  return [
    http.get("*/admin/order-payments/to-capture", (info) =>
      hasPlugin(db())
        ? list(info)
        : new HttpResponse(`Cannot GET ${new URL(info.request.url).pathname}`, { status: 404 }),
    ),
  ];
}
