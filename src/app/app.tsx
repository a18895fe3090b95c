import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { navigate } from "wouter/use-browser-location";
import { setUnauthorizedHandler } from "@/lib/api-client";
import { Toaster } from "@/components/ui/toast";
import { AppRoutes } from "./routes";
import { Layout } from "./layout";
import { createQueryClient } from "./query-client";

// A 401 anywhere (an expired session, a restarted server): sign in again, then come back here.
// A refund panel keeps its half-filled form in sessionStorage meanwhile.
setUnauthorizedHandler(() => {
  const { pathname, search } = window.location;
  if (pathname === "/sign-in") return;
  navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

export function App({ client: given }: { client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <Layout>
        <AppRoutes />
      </Layout>
      <Toaster />
    </QueryClientProvider>
  );
}
