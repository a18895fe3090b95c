import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { orderQueryOptions } from "@/api/orders";
import { App } from "./app";
import { createQueryClient } from "./query-client";

/** Renders the app; the order on screen, if any, is already being fetched (main.tsx). */
export function start(orderId: string | undefined) {
  const client = createQueryClient();
  // Into the cache now, while React renders, not once the page component asks for it.
  if (orderId) void client.prefetchQuery(orderQueryOptions(orderId));
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
