import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { orderQueryOptions } from "@/api/orders";
import { activateLanguage } from "@/i18n/i18n";
import type { Language, Messages } from "@/i18n/languages";
import { App } from "./app";
import { createQueryClient } from "./query-client";

/** Renders the app; the order on screen, if any, is already being fetched (main.tsx). */
export function start(orderId: string | undefined, language: Language, messages: Messages) {
  activateLanguage(language, messages);
  const client = createQueryClient();
  // Into the cache now, while React renders, not once the page component asks for it.
  if (orderId) void client.prefetchQuery(orderQueryOptions(orderId));
  const root = createRoot(document.getElementById("root")!);
  // The first render yields to the browser every few milliseconds instead of holding the main
  // thread for a whole order page: Lighthouse's mobile run counted it as 300 ms of blocking.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
}
