import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Reads may retry a flaky network or a 5xx; a 4xx will not change on retry.
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: true,
      },
      // Nothing that moves money is retried automatically.
      mutations: { retry: false },
    },
  });
}
