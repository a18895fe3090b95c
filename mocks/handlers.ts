// The mock Medusa Admin API as MSW handlers over one in-memory store, one file per resource in routes/.
import type { HttpHandler } from "msw";
import type { MockBackend } from "./backend";
import { createContext } from "./routes/admin";
import { authHandlers } from "./routes/auth";
import { captureQueueHandlers } from "./routes/capture-queue";
import { collectionHandlers } from "./routes/collections";
import { demoHandlers } from "./routes/demo";
import { orderPaymentHandlers } from "./routes/order-payments";
import { orderHandlers } from "./routes/orders";
import { paymentHandlers } from "./routes/payments";
import { userHandlers } from "./routes/users";

export { createBackend, type MockBackend } from "./backend";

/** In this order: MSW answers with the first handler that matches. */
export function createHandlers(backend: MockBackend): HttpHandler[] {
  const context = createContext(backend);
  return [
    ...authHandlers(context),
    ...captureQueueHandlers(context),
    ...orderPaymentHandlers(context),
    ...orderHandlers(context),
    ...paymentHandlers(context),
    ...userHandlers(context),
    ...collectionHandlers(context),
    ...demoHandlers(context),
  ];
}
