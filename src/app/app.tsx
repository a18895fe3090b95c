import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Router } from "wouter";
import { navigate } from "wouter/use-browser-location";
import { onSessionChange } from "@/api/auth";
import { setUnauthorizedHandler } from "@/lib/api-client";
import { appPath, basePath } from "@/lib/base-path";
import { Toaster } from "@/components/ui/toast";
import { LanguageRoot } from "@/i18n/language-root";
import { AppRoutes } from "./routes";
import { Layout } from "./layout";
import { forgetFor } from "./forget";
import { createQueryClient } from "./query-client";

// A 401 anywhere (an expired session, a restarted server): sign in again, then come back here.
// A refund panel keeps its half-filled form in sessionStorage meanwhile, for the same person only
// (someone else signing in starts clean: api/auth.ts, ./forget.ts).
// Outside the router, so the browser's address carries the app's base path (lib/base-path).
setUnauthorizedHandler(() => {
  const path = appPath();
  if (path === "/sign-in") return;
  const next = encodeURIComponent(path + window.location.search);
  navigate(`${basePath()}/sign-in?next=${next}`, { replace: true });
});

export function App({ client: given }: { client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  // Sign-out, here or in another tab, leaves nothing behind.
  useEffect(() => onSessionChange((change) => forgetFor(change, client)), [client]);
  return (
    <QueryClientProvider client={client}>
      {/* Every route and link is written from the app's root; the base path is added here. */}
      <Router base={basePath()}>
        <LanguageRoot>
          <Layout>
            <AppRoutes />
          </Layout>
          <Toaster />
        </LanguageRoot>
      </Router>
    </QueryClientProvider>
  );
}
