// The contract check's small Admin API client, the same for both backends, and the state file
// of the live server it compares the mock with.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const STATE_PATH = resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Reply = { status: number; body: Json };

export type State = {
  backendUrl: string;
  loopbackUrl?: string;
  admin: { email: string; password: string };
  plugin?: boolean;
  orders: Record<string, { id: string; display_id: number; ok?: boolean }>;
};

export function readState(roles: string[]): State {
  if (!existsSync(STATE_PATH)) {
    throw new Error(
      `Medusa state file not found: ${STATE_PATH}\n` +
        "This contract check needs a live Medusa server. Start one with `node e2e/medusa/start.mjs` " +
        "(it writes e2e/medusa/.state.json), or point E2E_MEDUSA_STATE at a state file. " +
        "Stop it afterwards with `node e2e/medusa/stop.mjs`.",
    );
  }
  const state = JSON.parse(readFileSync(STATE_PATH, "utf8")) as State;
  for (const role of roles) {
    if (!state.orders?.[role]?.id) throw new Error(`State file ${STATE_PATH} has no order for role "${role}".`);
  }
  return state;
}

export const obj = (v: Json | undefined): JsonObject => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
export const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
export const str = (v: Json | undefined): string | null => (typeof v === "string" ? v : null);

export function client(origin: string) {
  let token: string | null = null;
  async function call(
    method: string,
    path: string,
    opts: { body?: unknown; auth?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
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

export type Client = ReturnType<typeof client>;
