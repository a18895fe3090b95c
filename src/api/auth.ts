// Signing in and out of the Medusa admin.
//
// After the email/password step we ask for a cookie session, Medusa's own admin's way: the
// HttpOnly cookie keeps the credential out of reach of scripts. A cookie only travels when the
// app and the API are on the same site (localhost:5173 -> localhost:9000, not -> 127.0.0.1);
// where it does not, we keep the bearer token for this tab (sessionStorage) instead.
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { auth, request, sessionStarted } from "@/lib/api-client";

export const meKeys = { all: ["me"] as const };

// What this browser last knew of its session, so the sign-in page can say why it is showing:
// "active" once the server accepted it, "signed-out" once the merchant signed out. In
// localStorage, as a cookie session is shared by the browser's tabs.
const SESSION_KEY = "order-payments-session";
type SessionMark = "active" | "signed-out";
const markSession = (mark: SessionMark) => localStorage.setItem(SESSION_KEY, mark);

/** The merchant signed out in this browser and has not signed in since. */
export const signedOut = () => localStorage.getItem(SESSION_KEY) === "signed-out";

export type SignInReason = "session-ended" | "signed-out" | null;

/**
 * Why the sign-in page is showing. `sentBack` is true when the app sent the merchant there from a
 * page (a 401: the page comes back after); a plain visit to the sign-in page has no reason to give.
 */
export function signInReason(sentBack: boolean): SignInReason {
  if (signedOut()) return "signed-out";
  return localStorage.getItem(SESSION_KEY) === "active" && sentBack ? "session-ended" : null;
}

const userSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    first_name: z.nullish(z.string()),
    last_name: z.nullish(z.string()),
  }),
});

export async function getMe(signal?: AbortSignal) {
  const { user } = await request("/admin/users/me", {
    query: { fields: "id,email,first_name,last_name" },
    schema: userSchema,
    signal,
  });
  markSession("active"); // a cookie session opened in another tab counts too
  return user;
}

// Checked once per load: any later 401 from any request sends the user to sign in anyway.
export const meQueryOptions = () =>
  queryOptions({ queryKey: meKeys.all, queryFn: ({ signal }) => getMe(signal), retry: false, staleTime: Infinity });
export const useMe = () => useQuery(meQueryOptions());

export async function signIn(email: string, password: string) {
  const { token } = await request("/auth/user/emailpass", {
    method: "POST",
    body: { email, password },
    schema: z.object({ token: z.string() }),
    token: "",
  });
  auth.token = null;
  await request("/auth/session", { method: "POST", schema: z.unknown(), token });
  try {
    await getMe(); // does the cookie reach the API?
  } catch {
    auth.token = token; // no: a different site, keep the bearer token for this tab
  }
  markSession("active");
  sessionStarted();
}

export async function signOut() {
  try {
    await request("/auth/session", { method: "DELETE", schema: z.unknown() });
  } finally {
    auth.token = null;
    markSession("signed-out");
  }
}
