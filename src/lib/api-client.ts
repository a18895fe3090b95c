// The one way the app talks to the Medusa Admin API: base URL, auth, JSON,
// Medusa's error bodies as ApiError, and responses checked against a zod schema.
import type * as z from "zod/mini";
import { t } from "@/i18n/i18n";
import { getConfig } from "./config";
import { send, type SendOptions } from "./http";

export { auth } from "./http";

/** How an error answer came: in Medusa's own error body, and replayed by the plugin from a stored answer. */
type Origin = { medusaBody?: boolean; replayed?: boolean };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly origin: Origin = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * Medusa refused the request, so nothing was applied and a corrected retry is a new request: a 4xx
 * in Medusa's error body. Anything else may have moved money: a 5xx (Medusa failing midway, or a
 * proxy giving up while Medusa still works), a gateway's page, a lost answer (status 0), an
 * unreadable success, and the plugin's 409 for a request with the same key still running.
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 409 &&
    error.origin.medusaBody === true
  );
}

/** A 2xx whose body this screen could not read: the server did what was asked. */
export const isUnreadableSuccess = (error: unknown): boolean =>
  error instanceof ApiError && error.status >= 200 && error.status < 300;

type Options<S extends z.ZodMiniType> = SendOptions & { schema: S };

let onUnauthorized: ((path: string) => void) | undefined;
let sessions = 0;

/** The app's reaction to a 401 anywhere: an expired session, a restarted server. */
export function setUnauthorizedHandler(handler: typeof onUnauthorized) {
  onUnauthorized = handler;
}

/**
 * A sign-in has finished. A 401 to a request sent before it (a prefetch that left while the
 * merchant was signed out) says nothing about the new session, so it must not send them back
 * to sign in; its caller still gets the error.
 */
export function sessionStarted() {
  sessions++;
}

type Issue = { path: PropertyKey[]; code: string; expected?: string; message: string };

/** "order.total should be a number, not the text "60"" — what a developer needs to fix the server. */
function describeIssue(issue: Issue | undefined, data: unknown): string {
  if (!issue) return "unexpected shape";
  const where = issue.path.map(String).join(".") || "the response";
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
  if (issue.code === "invalid_type") {
    const got =
      value === undefined
        ? "it is missing"
        : `not ${typeof value === "string" ? `the text "${value}"` : JSON.stringify(value)}`;
    return `${where} should be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, ${got}`;
  }
  return `${where}: ${issue.message}`;
}

export async function request<S extends z.ZodMiniType>(path: string, options: Options<S>): Promise<z.infer<S>> {
  const session = sessions;
  let res: Response;
  try {
    res = await send(path, options);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    // fetch cannot tell a server that is down from a CORS refusal; name both causes.
    throw new ApiError(
      0,
      "network_error",
      t("app.serverUnreachable", { url: getConfig().backendUrl, origin: window.location.origin }),
    );
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.status === 401 && session === sessions) onUnauthorized?.(path);
  if (!res.ok) {
    const body = (data ?? {}) as { type?: unknown; message?: unknown };
    const medusaBody = typeof body.message === "string" && body.message !== "";
    const message = medusaBody ? (body.message as string) : t("app.serverAnswered", { status: res.status });
    throw new ApiError(res.status, typeof body.type === "string" ? body.type : "unknown_error", message, {
      medusaBody,
      replayed: res.headers.get("idempotent-replayed") === "true",
    });
  }
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      "invalid_response",
      // The detail stays in English: it is for whoever fixes the server.
      t("app.unreadableAnswer", { detail: describeIssue(parsed.error.issues[0], data) }),
    );
  }
  return parsed.data;
}
