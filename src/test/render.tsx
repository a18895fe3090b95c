// Integration-test harness: a route rendered with a fresh QueryClient (no retries)
// against the mock Medusa on msw/node, where any unhandled request fails the test.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { meKeys } from "@/api/auth";
import { AppRoutes } from "@/app/routes";
import { Toaster } from "@/components/ui/toast";
import { auth } from "@/lib/api-client";
import { setConfig } from "@/lib/config";
import { createMockServer } from "../../mocks/node";

export const BACKEND = "http://medusa.test";

/** Call once at the top of a test file: starts the mock server and gives each test fresh data. */
export function setupMockBackend() {
  const mock = createMockServer();
  const requests: { method: string; url: URL; body: unknown }[] = [];
  beforeAll(() => mock.server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    mock.backend.db.plugin = undefined; // a store with the plugin, unless a test says otherwise
    mock.backend.reset();
    requests.length = 0;
    const token = "test-token";
    mock.backend.db.tokens.push(token);
    auth.token = token;
    setConfig({ backendUrl: BACKEND, storefrontUrl: "https://shop.example.com", demo: false });
  });
  mock.server.events.on("request:start", async ({ request }) => {
    const body =
      request.method === "GET"
        ? undefined
        : await request
            .clone()
            .json()
            .catch(() => undefined);
    requests.push({ method: request.method, url: new URL(request.url), body });
  });
  afterEach(() => mock.server.resetHandlers());
  afterAll(() => mock.server.close());
  return { ...mock, requests };
}

/** Renders the app at `path`; signed in already unless `signedIn: false` (then the session check runs). */
export function renderRoute(path: string, { signedIn = true } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (signedIn) client.setQueryData(meKeys.all, { id: "user_test", email: "admin@example.com" });
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <AppRoutes />
      </Router>
      <Toaster />
    </QueryClientProvider>,
  );
  return { ...utils, user, client, location };
}

/** The seeded order with this display id (see mocks/seed.ts). */
export function seededOrderId(mock: ReturnType<typeof createMockServer>, displayId: number) {
  const order = mock.backend.db.orders.find((o) => o.display_id === displayId);
  if (!order) throw new Error(`No seeded order #${displayId}`);
  return order.id;
}
