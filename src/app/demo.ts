// Demo mode: start the mock Medusa in a service worker and sign in as the demo user.
import * as z from "zod/mini";
import { auth, request } from "@/lib/api-client";
import { startMockBackend } from "../../mocks/browser";
import { DEMO_USER } from "../../mocks/seed";

export async function startDemo() {
  await startMockBackend();
  const { token } = await request("/auth/user/emailpass", {
    method: "POST",
    body: DEMO_USER,
    schema: z.object({ token: z.string() }),
  });
  auth.token = token;
}
