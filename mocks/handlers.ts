// The mock Medusa Admin API as MSW handlers, over one in-memory store.
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import { decimalToMinor } from "../src/lib/money";
import { findCollection, findPayment, newId, type DB, type Fault, type FaultKind } from "./db";
import { capturePayment, createCollection, deleteCollection, markAsPaid, MedusaError, refundPayment } from "./rules";
import { seed } from "./seed";
import { collectionWriteJson, orderJson, paymentDefaultJson, paymentJson } from "./serialize";
import { paymentStatus } from "./totals";
import { validateBody } from "./validate";

export type MockBackend = { db: DB; save(): void; sync?(): void };

type Route = (ctx: { request: Request; params: Record<string, string>; userId: string; body: unknown }) => unknown;

/** `sync`, where given, brings in what another tab wrote since (the demo's tabs share one store). */
export function createBackend(
  load?: () => DB | null,
  store?: (db: DB) => void,
  changedElsewhere?: () => boolean,
): MockBackend & { reset(): void } {
  const backend = {
    db: load?.() ?? seed(),
    save: () => store?.(backend.db),
    sync: () => {
      if (changedElsewhere?.()) backend.db = load?.() ?? backend.db;
    },
    reset: () => {
      const tokens = backend.db.tokens; // a reset keeps everyone signed in
      backend.db = seed();
      backend.db.tokens = tokens;
      backend.save();
    },
  };
  return backend;
}

const unauthorized = () => HttpResponse.json({ message: "Unauthorized" }, { status: 401 });
const UNKNOWN_ERROR = { type: "unknown_error", message: "An unknown error occurred." };
const FAULT_KINDS: readonly FaultKind[] = ["error", "drop-before", "drop-after", "slow", "unauthorized"];

function sessionToken(request: Request): string | null {
  const auth = request.headers.get("authorization") ?? "";
  if (auth.startsWith("Bearer ")) return auth.slice(7);
  return /(?:^|;\s*)connect\.sid=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1] ?? null;
}

export function createHandlers(backend: MockBackend & { reset(): void }): HttpHandler[] {
  const db = () => {
    backend.sync?.();
    return backend.db;
  };
  const userOf = (request: Request) => {
    const token = sessionToken(request);
    return token && db().tokens.includes(token) ? db().users[0]! : null;
  };

  /** The first armed fault whose "METHOD /path/with/*" matches the request, used up once. */
  const takeFault = (request: Request): Fault | null => {
    const path = new URL(request.url).pathname;
    const faults = db().faults ?? [];
    const fault = faults.find((f) => {
      const [method, pattern = ""] = f.route.split(" ");
      const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}$`);
      return method === request.method && re.test(path);
    });
    if (!fault) return null;
    fault.times = (fault.times ?? 1) - 1;
    db().faults = faults.filter((f) => (f.times ?? 1) > 0);
    backend.save();
    return fault;
  };

  /** Runs a route, or replays the answer an Idempotency-Key already got; saves after a write. */
  const apply = async (
    fn: Route,
    request: Request,
    params: Record<string, string>,
    userId: string,
  ): Promise<{ status: number; body: unknown }> => {
    const key = request.headers.get("idempotency-key");
    const replayKey = key ? `${request.method} ${new URL(request.url).pathname} ${key}` : null;
    const replay = replayKey ? db().idempotency[replayKey] : undefined;
    if (replay) return replay;
    let status = 200;
    let body: unknown;
    try {
      const json =
        request.method === "GET" || request.method === "DELETE" ? undefined : await request.json().catch(() => ({}));
      body = fn({ request, params, userId, body: json });
    } catch (error) {
      const e =
        error instanceof MedusaError ? error : new MedusaError(500, "unknown_error", "An unknown error occurred.");
      status = e.status;
      body = { type: e.type, message: e.message };
    }
    if (request.method !== "GET") {
      if (replayKey && status < 500) db().idempotency[replayKey] = { status, body };
      backend.save();
    }
    return { status, body };
  };

  /**
   * An admin route: auth, armed faults, Medusa's error bodies, idempotency keys, and saving
   * after writes. A write sent again with the same Idempotency-Key gets the first answer back
   * and is not applied twice, as a payment provider would do, even when that first answer was
   * lost on the way (a "drop-after" fault) or is still on its way (a "slow" one).
   */
  const admin =
    (fn: Route) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const user = userOf(request);
      if (!user) return unauthorized();
      const fault = takeFault(request);
      switch (fault?.kind ?? "error") {
        case "error":
          if (fault) return HttpResponse.json((fault.body ?? UNKNOWN_ERROR) as object, { status: fault.status ?? 500 });
          break;
        case "unauthorized":
          return unauthorized();
        case "drop-before":
          return HttpResponse.error();
      }
      const answer = await apply(fn, request, params as Record<string, string>, user.id);
      if (fault?.kind === "drop-after") return HttpResponse.error();
      if (fault?.kind === "slow") await delay(fault.delayMs ?? 4000);
      return HttpResponse.json(answer.body as object, { status: answer.status });
    };

  const amountOf = (value: number | undefined, currency: string) =>
    value === undefined ? undefined : decimalToMinor(String(value), currency);

  return [
    http.post("*/auth/user/emailpass", async ({ request }) => {
      const { email, password } = (await request.json().catch(() => ({}))) as Record<string, string>;
      const user = db().users.find((u) => u.email === email && u.password === password);
      if (!user)
        return HttpResponse.json({ type: "unauthorized", message: "Invalid email or password" }, { status: 401 });
      const token = newId("mocktoken");
      db().tokens.push(token);
      backend.save();
      return HttpResponse.json({ token });
    }),
    // Trades the bearer token for a cookie session of its own: ending that session later
    // leaves the token valid, as on the real server.
    http.post("*/auth/session", ({ request }) => {
      const user = userOf(request);
      if (!user) return unauthorized();
      const sid = newId("mocksess");
      db().tokens.push(sid);
      backend.save();
      const expires = new Date(Date.now() + 10 * 3_600_000).toUTCString();
      return HttpResponse.json(
        {
          user: {
            actor_id: user.id,
            actor_type: "user",
            auth_identity_id: `authid_${user.id.replace(/^user_/, "")}`,
            auth_provider: "emailpass",
            app_metadata: { user_id: user.id },
            user_metadata: {},
          },
        },
        { headers: { "set-cookie": `connect.sid=${sid}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax` } },
      );
    }),
    // Ends the cookie session when there is one (without a cookie: the bearer token, as before).
    http.delete("*/auth/session", ({ request }) => {
      const cookie = /(?:^|;\s*)connect\.sid=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
      const token = cookie ?? sessionToken(request);
      db().tokens = db().tokens.filter((t) => t !== token);
      backend.save();
      return HttpResponse.json(
        { success: true },
        { headers: { "set-cookie": "connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax" } },
      );
    }),
    http.get(
      "*/admin/users/me",
      admin(({ userId }) => {
        const { password: _password, ...user } = db().users.find((u) => u.id === userId)!;
        return { user };
      }),
    ),
    http.get(
      "*/admin/orders",
      admin(({ request }) => {
        const url = new URL(request.url);
        const limit = Number(url.searchParams.get("limit") ?? 50);
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const q = (url.searchParams.get("q") ?? "").trim().toLowerCase().replace(/^#/, "");
        const statuses = url.searchParams.getAll("payment_status[]").concat(url.searchParams.getAll("payment_status"));
        const order = url.searchParams.get("order") ?? "created_at";
        let orders = db().orders.filter((o) => !q || o.email.toLowerCase().includes(q) || String(o.display_id) === q);
        if (statuses.length) orders = orders.filter((o) => statuses.includes(paymentStatus(o)));
        const desc = order.startsWith("-");
        const key = order.replace(/^-/, "") === "display_id" ? "display_id" : "created_at";
        orders = [...orders].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (desc ? -1 : 1));
        return {
          orders: orders.slice(offset, offset + limit).map((o) => orderJson(db(), o, url.searchParams.get("fields"))),
          count: orders.length,
          offset,
          limit,
        };
      }),
    ),
    http.get(
      "*/admin/orders/:id",
      admin(({ request, params }) => {
        const order = db().orders.find((o) => o.id === params.id);
        if (!order) throw new MedusaError(404, "not_found", `Order id not found: ${params.id}`);
        return { order: orderJson(db(), order, new URL(request.url).searchParams.get("fields")) };
      }),
    ),
    http.get(
      "*/admin/payments/payment-providers",
      admin(() => ({
        payment_providers: [{ id: "pp_system_default", is_enabled: true }],
        count: 1,
        offset: 0,
        limit: 20,
      })),
    ),
    http.get(
      "*/admin/payments/:id",
      admin(({ request, params }) => {
        const found = findPayment(db(), params.id!);
        if (!found) throw new MedusaError(404, "not_found", `Payment with id: ${params.id} was not found`);
        // Without `fields` Medusa sends its short default shape; with them, what was asked (here: everything).
        const fields = new URL(request.url).searchParams.get("fields");
        return { payment: fields ? paymentJson(db(), found.payment) : paymentDefaultJson(db(), found.payment) };
      }),
    ),
    http.post(
      "*/admin/payments/:id/capture",
      admin(({ params, body, userId }) => {
        const input = validateBody<{ amount?: number }>(body, { amount: { type: "number", positive: true } });
        const found = findPayment(db(), params.id!);
        const currency = found?.payment.currency_code ?? "usd";
        const payment = capturePayment(db(), params.id!, amountOf(input.amount, currency), userId);
        return { payment: paymentDefaultJson(db(), payment) };
      }),
    ),
    http.post(
      "*/admin/payments/:id/refund",
      admin(({ params, body, userId }) => {
        const input = validateBody<{ amount?: number; note?: string; refund_reason_id?: string }>(body, {
          amount: { type: "number", positive: true },
          refund_reason_id: { type: "string" },
          note: { type: "string" },
        });
        const found = findPayment(db(), params.id!);
        const currency = found?.payment.currency_code ?? "usd";
        const payment = refundPayment(db(), params.id!, { ...input, amount: amountOf(input.amount, currency) }, userId);
        return { payment: paymentDefaultJson(db(), payment) };
      }),
    ),
    http.get(
      "*/admin/refund-reasons",
      admin(({ request }) => {
        const url = new URL(request.url);
        const limit = Number(url.searchParams.get("limit") ?? 15); // Medusa's default page here is 15
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const reasons = db().reasons;
        return { refund_reasons: reasons.slice(offset, offset + limit), count: reasons.length, offset, limit };
      }),
    ),
    http.post(
      "*/admin/payment-collections",
      admin(({ body }) => {
        const input = validateBody<{ order_id: string; amount: number }>(body, {
          order_id: { type: "string", required: true },
          amount: { type: "number", required: true },
        });
        const order = db().orders.find((o) => o.id === input.order_id);
        const collection = createCollection(
          db(),
          input.order_id,
          amountOf(input.amount, order?.currency_code ?? "usd")!,
        );
        return { payment_collection: collectionWriteJson(db(), collection) };
      }),
    ),
    http.delete(
      "*/admin/payment-collections/:id",
      admin(({ params }) => {
        deleteCollection(db(), params.id!);
        return { id: params.id, object: "payment-collection", deleted: true };
      }),
    ),
    http.post(
      "*/admin/payment-collections/:id/mark-as-paid",
      admin(({ params, body, userId }) => {
        validateBody(body, { order_id: { type: "string", required: true } });
        if (!findCollection(db(), params.id!)) {
          throw new MedusaError(404, "not_found", `Payment collection with id: ${params.id} was not found`);
        }
        return { payment_collection: collectionWriteJson(db(), markAsPaid(db(), params.id!, userId)) };
      }),
    ),
    // Demo and e2e only: arm faults, replacing those armed before ({faults: []} disarms them all), e.g.
    // {route: "POST /admin/payments/*/refund", status: 400, body, times: 1} (kind "error"), or
    // {route: "POST /admin/payments/*/capture", kind: "drop-after"} or {..., kind: "slow", delayMs: 4000}.
    http.post("*/__demo/faults", async ({ request }) => {
      const { faults } = ((await request.json().catch(() => null)) ?? {}) as { faults?: Fault[] };
      const bad = !Array.isArray(faults)
        ? "faults must be a list"
        : faults
            .map((f) =>
              typeof f?.route !== "string" || !/^[A-Z]+ \/\S*$/.test(f.route)
                ? `route must read "METHOD /path": ${JSON.stringify(f?.route)}`
                : f.kind !== undefined && !FAULT_KINDS.includes(f.kind)
                  ? `kind must be one of ${FAULT_KINDS.join(", ")}: ${JSON.stringify(f.kind)}`
                  : null,
            )
            .find(Boolean);
      if (bad) return HttpResponse.json({ type: "invalid_data", message: bad }, { status: 400 });
      db().faults = faults!.map((f) => ({ ...f, times: f.times ?? 1 }));
      backend.save();
      return HttpResponse.json({ ok: true });
    }),
    // Demo mode only: put the demo data back as it was seeded.
    http.post("*/__demo/reset", () => {
      backend.reset();
      return HttpResponse.json({ ok: true });
    }),
  ];
}
