// Signing in and out of the Medusa admin.
//
// After the email/password step we ask for a cookie session, Medusa's own admin's way: the
// HttpOnly cookie keeps the credential out of reach of scripts. A cookie only travels when the
// app and the API are on the same site (localhost:5173 -> localhost:9000, not -> 127.0.0.1);
// where it does not, we keep the bearer token for this tab (sessionStorage) instead.
//
// Signing out leaves nothing of the merchant's in the browser (issue 13): no token, no mark, no
// draft, no cached order. So whatever must outlive it lives in this page's memory only: that the
// merchant signed out here (for the sign-in page's words; other tabs hear it by message) and
// whose orders this page holds (so someone else signing in after an expired session starts clean).
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { auth, request, sessionStarted } from "@/lib/api-client";
import { announce, tellOtherTabs, whenAnotherTabSignsOut } from "./session-change";

export { onSessionChange, type SessionChange } from "./session-change";

export const meKeys = { all: ["me"] as const };

// "The server accepted a session in this browser", so that a 401 in any tab, a new one included,
// can say the session ended. One word, nothing about who; in localStorage, as a cookie session is
// shared by the browser's tabs; removed by sign-out.
const SESSION_KEY = "order-payments-session";
const markActive = () => localStorage.setItem(SESSION_KEY, "active");

/** The merchant signed out in this page, or in another tab while it was open, and has not signed in since. */
let signedOutHere = false;
/** Whose data this page holds: the email the server last named, in memory only. */
let holder: string | null = null;
const sameEmail = (email: string) => email.trim().toLowerCase();

/** For a page that knows from elsewhere that nobody is signed in (the demo after a reload). */
export const rememberSignedOut = () => void (signedOutHere = true);

export type SignInReason = "session-ended" | "signed-out" | null;

/**
 * Why the sign-in page is showing. `sentBack` is true when the app sent the merchant there from a
 * page (a 401: the page comes back after); a plain visit to the sign-in page has no reason to give.
 */
export function signInReason(sentBack: boolean): SignInReason {
  if (signedOutHere) return "signed-out";
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
  markActive(); // a cookie session opened in another tab counts too
  holder = sameEmail(user.email);
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
  // A shared computer: the last person's session ended and another signs in here. What the last
  // one left (a refund draft kept for their return, orders in memory) is not the next one's. A
  // page reloaded on the sign-in page no longer knows who was here, and forgets too.
  if (holder !== sameEmail(email)) announce("someone-else");
  auth.token = null;
  await request("/auth/session", { method: "POST", schema: z.unknown(), token });
  try {
    await getMe(); // does the cookie reach the API?
  } catch {
    auth.token = token; // no: a different site, keep the bearer token for this tab
  }
  holder = sameEmail(email);
  markActive();
  signedOutHere = false;
  sessionStarted();
  announce("signed-in");
}

/** What this page kept of the session, gone: the token, the mark, who it was. */
function forgetSession() {
  auth.token = null;
  localStorage.removeItem(SESSION_KEY);
  holder = null;
  signedOutHere = true;
}

export async function signOut() {
  try {
    await request("/auth/session", { method: "DELETE", schema: z.unknown() });
  } finally {
    forgetSession();
    tellOtherTabs();
    announce("signed-out");
  }
}

whenAnotherTabSignsOut(() => {
  forgetSession();
  announce("signed-out");
});
