import { QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { Redirect, Route, Switch, useParams } from "wouter";
import { orderKeys } from "@/api/orders";
import { refundReasonsQueryOptions } from "@/api/refund-reasons";
import { lazyWithPreload, whenIdle } from "@/components/ui/lazy";
import { NavigationProvider } from "@/components/ui/navigation";
import { rehearse } from "@/components/ui/rehearse";
import { OrderDetailPage } from "@/features/order-detail/order-detail-page";
import { OrdersListPage } from "@/features/orders-list/orders-list-page";
import { AuthGate } from "./auth-gate";
import { NotFound } from "./not-found";

// Loaded on demand: the refund panel (fetched ahead once an order page is idle) and sign-in.
const RefundDrawer = lazyWithPreload(async () => ({
  default: (await import("@/features/refund/refund-drawer")).RefundDrawer,
}));
const SignInPage = lazyWithPreload(async () => ({
  default: (await import("@/features/auth/sign-in-page")).SignInPage,
}));

function SignIn() {
  return (
    <Suspense fallback={null}>
      <SignInPage />
    </Suspense>
  );
}

/**
 * One route for the order and the panels opened over it (/refund, /payments/:id), so the
 * page stays mounted, keeps its scroll and takes focus back when a panel closes.
 */
function OrderRoute() {
  const params = useParams<{ id: string; "*"?: string }>();
  const rest = (params["*"] ?? "").split("/");
  const client = useQueryClient();
  // The refund panel's code and its reasons (once a session) arrive before the merchant asks,
  // and the panel is rehearsed, so the first click runs warm code (see rehearse).
  useEffect(
    () =>
      whenIdle(async () => {
        await Promise.all([RefundDrawer.preload(), client.prefetchQuery(refundReasonsQueryOptions())]);
        if (!client.getQueryData(orderKeys.detail(params.id))) return;
        rehearse(
          "refund panel",
          <QueryClientProvider client={client}>
            <RefundDrawer orderId={params.id} />
          </QueryClientProvider>,
        );
      }),
    [client, params.id],
  );
  return (
    <>
      <OrderDetailPage orderId={params.id} paymentId={rest[0] === "payments" ? rest[1] : undefined} />
      {rest[0] === "refund" && (
        <Suspense fallback={null}>
          <RefundDrawer orderId={params.id} />
        </Suspense>
      )}
    </>
  );
}

export function AppRoutes() {
  return (
    <NavigationProvider>
      <Switch>
        <Route path="/sign-in" component={SignIn} />
        <Route>
          <AuthGate>
            <Switch>
              <Route path="/">
                <Redirect to="/orders" replace />
              </Route>
              <Route path="/orders" component={OrdersListPage} />
              <Route path="/orders/:id/*?" component={OrderRoute} />
              <Route component={NotFound} />
            </Switch>
          </AuthGate>
        </Route>
      </Switch>
    </NavigationProvider>
  );
}
