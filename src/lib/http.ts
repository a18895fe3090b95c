// The bare request: URL, auth headers and fetch, with no schema library, so the page's first
// script can ask for an order before the rest of the app has even downloaded.
import { getConfig } from "./config";

export type Query = Record<string, string | number | string[] | undefined>;

export type SendOptions = {
  method?: "GET" | "POST" | "DELETE";
  query?: Query;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Send this bearer token instead of the kept one (signing in). */
  token?: string;
};

const TOKEN_KEY = "order-payments-token";

export const auth = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value: string | null) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

export function buildUrl(path: string, query?: Query) {
  const url = new URL(path, getConfig().backendUrl);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === "") continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(`${key}[]`, v);
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

// A read started before the app was loaded, waiting for the app to ask for exactly it.
let early: { url: string; token: string | null; response: Promise<Response> } | undefined;

export function send(path: string, options: SendOptions = {}): Promise<Response> {
  const url = buildUrl(path, options.query);
  const token = options.token ?? auth.token;
  const method = options.method ?? "GET";
  if (early && method === "GET" && early.url === url && early.token === token) {
    const { response } = early;
    early = undefined; // once: a refetch goes to the server
    return response;
  }
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  return fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: "include",
    signal: options.signal,
  });
}

/** Starts a GET now; the app's first identical request takes its answer instead of asking again. */
export function sendEarly(path: string, query?: Query) {
  const response = send(path, { query });
  response.catch(() => {}); // a failure is reported to whoever takes it, not as unhandled here
  early = { url: buildUrl(path, query), token: auth.token, response };
}
