import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { orderQueryOptions } from "./api/orders";
import { App } from "./app/app";
import { createQueryClient } from "./app/query-client";
import { loadConfig } from "./lib/config";
import "./index.css";

async function boot() {
  await loadConfig();
  // A compile-time constant: outside demo builds this branch and the mock chunk are dropped.
  if (import.meta.env.MODE === "demo") {
    const { startDemo } = await import("./app/demo");
    await startDemo();
  }
  const client = createQueryClient();
  // An order page's data is asked for now, while React renders, not after it has rendered.
  const orderId = /^\/orders\/([^/]+)/.exec(window.location.pathname)?.[1];
  if (orderId) void client.prefetchQuery(orderQueryOptions(decodeURIComponent(orderId)));
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

void boot();
