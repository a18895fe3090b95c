import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Toaster } from "@/components/ui/toast";
import { AppRoutes } from "./routes";
import { Layout } from "./layout";
import { createQueryClient } from "./query-client";

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <Layout>
        <AppRoutes />
      </Layout>
      <Toaster />
    </QueryClientProvider>
  );
}
