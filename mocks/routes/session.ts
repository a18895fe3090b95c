// Who is asking: a bearer token or a `connect.sid` session cookie, either one in the store's tokens.
import { HttpResponse } from "msw";
import type { DB } from "../db";

export const unauthorized = () => HttpResponse.json({ message: "Unauthorized" }, { status: 401 });

export const sessionCookie = (request: Request): string | null =>
  /(?:^|;\s*)connect\.sid=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1] ?? null;

/** The bearer token when there is one, else the session cookie. */
export function sessionToken(request: Request): string | null {
  const auth = request.headers.get("authorization") ?? "";
  return auth.startsWith("Bearer ") ? auth.slice(7) : sessionCookie(request);
}

export function userOf(db: DB, request: Request) {
  const token = sessionToken(request);
  return token && db.tokens.includes(token) ? db.users[0]! : null;
}
