// The plugin's Idempotency-Key on the three routes that move money (plugin/src/money-moves), as
// Stripe's API has it: the first request runs and its answer is kept, whatever its status, for
// 24 hours, per signed-in actor, route and key. The same key and body again gets that answer
// (Idempotent-Replayed: true) and moves nothing; another body gets 422; a repeat while the first
// still runs gets 409. A store without the plugin ignores the header, as Medusa does.
import type { DB, IdempotencyRecord } from "../db";
import { hasPlugin } from "../plugin";

export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const ROUTES = [/^\/admin\/payments\/[^/]+\/(capture|refund)$/, /^\/admin\/payment-collections\/[^/]+\/mark-as-paid$/];
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/**
 * How long a keyed money move runs before its answer is kept. A real server spends this and more
 * in its workflow; without it two requests sent at once could never meet a running first one.
 */
export const RUNNING_MS = 25;

export const KEY_REUSED_MESSAGE =
  "This Idempotency-Key was already used with another request body. Send a new key for a new request.";
export const KEY_RUNNING_MESSAGE =
  "A request with this Idempotency-Key is still running. Wait for its answer, then send it again to read it.";
export const KEY_ABANDONED_MESSAGE =
  "A request with this Idempotency-Key started more than 10 minutes ago and never answered (the server may have " +
  "stopped). Check the payment before you send this move again with a new key.";
/** A first request with no answer after this long is taken to have died with its server. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

/** JSON with its keys sorted, so the same body written in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Keyed = { db: () => DB; save: () => void; request: Request; actor: string; body: unknown };

/** Runs `run` once per key, or answers from the key's record; a request without a key just runs. */
export async function withIdempotencyKey({ db, save, request, actor, body }: Keyed, run: () => Promise<Answer>) {
  const key = request.headers.get("idempotency-key")?.trim();
  const path = new URL(request.url).pathname;
  if (!key || request.method !== "POST" || !hasPlugin(db()) || !ROUTES.some((r) => r.test(path))) return run();
  if (key.length > MAX_KEY_LENGTH) {
    const message = `An Idempotency-Key can be at most ${MAX_KEY_LENGTH} characters long; this one has ${key.length}.`;
    return { status: 400, body: { type: "invalid_data", message } };
  }

  const id = `${actor} POST ${path} ${key}`;
  const text = canonical(body);
  const found: IdempotencyRecord | undefined = db().idempotency[id];
  if (found && Date.now() - found.createdAt < KEY_LIFETIME_MS) {
    if (found.body !== text) return { status: 422, body: { type: "invalid_data", message: KEY_REUSED_MESSAGE } };
    if (!found.answer) {
      const abandoned = Date.now() - found.createdAt > ABANDONED_AFTER_MS;
      return {
        status: 409,
        body: { type: "conflict", message: abandoned ? KEY_ABANDONED_MESSAGE : KEY_RUNNING_MESSAGE },
      };
    }
    return { ...found.answer, headers: { "Idempotent-Replayed": "true" } };
  }
  const record: IdempotencyRecord = { body: text, createdAt: Date.now() };
  db().idempotency[id] = record;
  save(); // the demo's other tabs see the key running
  await pause(RUNNING_MS);
  const answer = await run(); // may wait (an "error-while-running" fault): the key stays without an answer
  db().idempotency[id] = { ...record, answer };
  return answer;
}
