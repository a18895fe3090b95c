// Demo mode: start the mock Medusa in a service worker and sign in as the demo user, as if the
// merchant came with a session. Not once they signed out: that lasts, through reloads and in new
// tabs, until they sign in again.
import * as z from "zod/mini";
import { onSessionChange, rememberSignedOut } from "@/api/auth";
import { auth, request } from "@/lib/api-client";
import { startMockBackend } from "../../mocks/browser";
import { DEMO_USER } from "../../mocks/seed";

// A real server ends the session, and every tab finds it gone. The demo's server lives in this
// browser, so "nobody is signed in" is kept beside its store (localStorage, order-payments-demo-*):
// one word, nothing about anyone, in the demo build only. The app keeps nothing (api/auth.ts).
const SIGNED_OUT = "order-payments-demo-signed-out";

export async function startDemo() {
  await startMockBackend();
  onSessionChange((change) => {
    if (change === "signed-out") localStorage.setItem(SIGNED_OUT, "yes");
    if (change === "signed-in") localStorage.removeItem(SIGNED_OUT);
  });
  if (localStorage.getItem(SIGNED_OUT)) return rememberSignedOut();
  const { token } = await request("/auth/user/emailpass", {
    method: "POST",
    body: DEMO_USER,
    schema: z.object({ token: z.string() }),
  });
  auth.token = token;
}
