// Tests: the same mock Medusa behind msw/node, fresh data per server.
import { setupServer } from "msw/node";
import { createBackend, createHandlers } from "./handlers";
import { DEMO_USER } from "./seed";

export function createMockServer() {
  const backend = createBackend();
  const server = setupServer(...createHandlers(backend));
  return { server, backend };
}

export { DEMO_USER };
