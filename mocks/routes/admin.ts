// What every resource's handlers share: the store, brought up to date on each read (the demo's
// tabs share it), and `admin`, which wraps a route in what every admin route does.
import { decimalToMinor } from "../../src/lib/money";
import type { MockBackend } from "../backend";
import type { DB } from "../db";
import { MedusaError, UNKNOWN_ERROR } from "../rules";
import { answerAfter, answerBefore, takeFault } from "./faults";
import { unauthorized, userOf } from "./session";

type Route = (ctx: { request: Request; params: Record<string, string>; userId: string; body: unknown }) => unknown;
type Params = Record<string, string | readonly string[] | undefined>;
export type Context = {
  backend: MockBackend;
  db(): DB;
  admin(fn: Route): (info: { request: Request; params: Params }) => Promise<Response>;
};

/** The JSON body, or an empty object when there is none (or it is not JSON). */
export const readBody = (request: Request): Promise<unknown> => request.json().catch(() => ({}));

/** A decimal amount from a request body in the currency's minor units. */
export const minorAmount = (value: number | undefined, currency = "usd") =>
  value === undefined ? undefined : decimalToMinor(String(value), currency);

/** `limit` and `offset` from the query string. */
export function pageOf(url: URL, defaultLimit: number) {
  const limit = Number(url.searchParams.get("limit") ?? defaultLimit);
  const offset = Number(url.searchParams.get("offset") ?? 0);
  return { limit, offset };
}

export function createContext(backend: MockBackend): Context {
  const db = () => {
    backend.sync?.();
    return backend.db;
  };

  /** Runs a route, or replays the answer an Idempotency-Key already got; saves after a write. */
  const apply = async (fn: Route, request: Request, params: Record<string, string>, userId: string) => {
    const key = request.headers.get("idempotency-key");
    const replayKey = key ? `${request.method} ${new URL(request.url).pathname} ${key}` : null;
    const replay = replayKey ? db().idempotency[replayKey] : undefined;
    if (replay) return replay;
    let status = 200;
    let body: unknown;
    try {
      const json = request.method === "GET" || request.method === "DELETE" ? undefined : await readBody(request);
      body = fn({ request, params, userId, body: json });
    } catch (error) {
      const known = error instanceof MedusaError;
      status = known ? error.status : 500;
      body = known ? { type: error.type, message: error.message } : UNKNOWN_ERROR;
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
    async ({ request, params }: { request: Request; params: Params }) => {
      const user = userOf(db(), request);
      if (!user) return unauthorized();
      const fault = takeFault(db(), request);
      if (fault) backend.save();
      const before = answerBefore(fault);
      if (before) return before;
      return answerAfter(fault, await apply(fn, request, params as Record<string, string>, user.id));
    };

  return { backend, db, admin };
}
