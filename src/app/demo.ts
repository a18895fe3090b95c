// Demo mode: start the mock Medusa in a service worker and sign in as the demo user, as if the
// merchant came with a session. Not once they signed out: that lasts, through reloads and in new
// tabs, until they sign in again.
import * as z from "zod/mini";
import { signedOut } from "@/api/auth";
import { auth, request } from "@/lib/api-client";
import { startMockBackend } from "../../mocks/browser";
import { DEMO_USER } from "../../mocks/seed";

export async function startDemo() {
  await startMockBackend();
  if (signedOut()) return;
  const { token } = await request("/auth/user/emailpass", {
    method: "POST",
    body: DEMO_USER,
    schema: z.object({ token: z.string() }),
  });
  auth.token = token;
}
