// What every resource's handlers share: the store, brought up to date on each read (the demo's
// tabs share it), and `admin`, which wraps a route in what every admin route does.
import { decimalToMinor } from "../../src/lib/money";
import type { MockBackend } from "../backend";
import type { DB } from "../db";
import { MedusaError, UNKNOWN_ERROR } from "../rules";
import { answerAfter, answerBefore, takeFault } from "./faults";
import { withIdempotencyKey, type Answer } from "./idempotency";
import { unauthorized, userOf } from "./session";

type Route = (ctx: { request: Request; params: Record<string, string>; userId: string; body: unknown }) => unknown;
type Params = Record<string, string | readonly string[] | undefined>;
export type Context = {
  backend: MockBackend;
  db(): DB;
  /** `validate`: Medusa's check of the body, which runs before any plugin middleware (and so before a key is taken). */
  admin(
    fn: Route,
    validate?: (body: unknown) => void,
  ): (info: { request: Request; params: Params }) => Promise<Response>;
};

/** The JSON body, or an empty object when there is none (or it is not JSON). */
export const readBody = (request: Request): Promise<unknown> => request.json().catch(() => ({}));

/** A decimal amount from a request body in the currency's minor units. */
export const minorAmount = (value: number | undefined, currency = "usd") =>
  value === undefined ? undefined : decimalToMinor(String(value), currency);

/**
 * Medusa's refusal of a query key a route does not take ("id[]" counts as "id"): 400 with every
 * unknown key named, as 2.21.2 words it.
 */
export function refuseUnknownKeys(url: URL, known: ReadonlySet<string>) {
  const keys = [...new Set([...url.searchParams.keys()].map((k) => k.replace(/\[.*$/, "")))];
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length) {
    throw new MedusaError(400, "invalid_data", `Invalid request: Unrecognized fields: '${unknown.join(", ")}'`);
  }
}

/** Every value given for a query key, as `key=a` or `key[]=a`. */
export const queryValues = (url: URL, key: string) => [
  ...url.searchParams.getAll(key),
  ...url.searchParams.getAll(`${key}[]`),
];

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

  /**
   * Runs a route (once per Idempotency-Key where the plugin says so, see idempotency.ts); saves
   * after a write. `validate`, Medusa's body check, runs first: a refused body never takes a key.
   */
  const apply = async (
    fn: Route,
    validate: ((body: unknown) => void) | undefined,
    request: Request,
    params: Record<string, string>,
    userId: string,
    until?: () => Promise<void>,
  ) => {
    const json = request.method === "GET" || request.method === "DELETE" ? undefined : await readBody(request);
    const answerOf = (step: () => unknown): Answer => {
      try {
        return { status: 200, body: step() };
      } catch (error) {
        const known = error instanceof MedusaError;
        return known
          ? { status: error.status, body: { type: error.type, message: error.message } }
          : { status: 500, body: UNKNOWN_ERROR };
      }
    };
    const refused = validate ? answerOf(() => validate(json)) : null;
    if (refused && refused.status !== 200) return refused;
    const run = async () => {
      await until?.();
      return answerOf(() => fn({ request, params, userId, body: json }));
    };
    const answer = await withIdempotencyKey(
      { db, save: () => backend.save(), request, actor: userId, body: json },
      run,
    );
    if (request.method !== "GET") backend.save();
    return answer;
  };

  /**
   * An admin route: auth, armed faults, Medusa's error bodies, the plugin's idempotency keys,
   * and saving after writes. A keyed money move sent again gets the first answer back and is not
   * applied twice, even when that first answer was lost on the way (a "drop-after" fault) or is
   * still on its way (a "slow" one): the server had finished it. One sent while an "error-while-running"
   * request still waits to run gets the plugin's 409.
   */
  const admin =
    (fn: Route, validate?: (body: unknown) => void) =>
    async ({ request, params }: { request: Request; params: Params }) => {
      const user = userOf(db(), request);
      if (!user) return unauthorized();
      const fault = takeFault(db(), request);
      if (fault) backend.save();
      const before = answerBefore(fault);
      if (before) return before;
      return answerAfter(fault, (until) =>
        apply(fn, validate, request, params as Record<string, string>, user.id, until),
      );
    };

  return { backend, db, admin };
}
