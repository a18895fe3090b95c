import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { Redirect, Route, Switch, useParams } from "wouter";
import { refundReasonsQueryOptions } from "@/api/refund-reasons";
import { pluginQueryOptions } from "@/api/server-plugin";
import { lazyWithPreload } from "@/components/ui/lazy";
import { NavigationProvider } from "@/components/ui/navigation";
import { t } from "@/i18n/i18n";
import { CaptureDialog, preloadOrderDialogs } from "@/features/order-detail/lazy-parts";
import { OrderDetailPage } from "@/features/order-detail/order-detail-page";
import { OrdersListPage } from "@/features/orders-list/orders-list-page";
import { AuthGate } from "./auth-gate";
import { NotFound } from "./not-found";
import { whenIdle } from "./perf/idle";
import { rehearseOrderPage } from "./perf/rehearse-order";

// Loaded on demand: the refund panel (fetched ahead once an order page is idle) and sign-in.
const RefundDrawer = lazyWithPreload(async () => ({
  default: (await import("@/features/refund/refund-drawer")).RefundDrawer,
}));
const SignInPage = lazyWithPreload(async () => ({
  default: (await import("@/features/auth/sign-in-page")).SignInPage,
}));
const CaptureQueuePage = lazyWithPreload(async () => ({
  default: (await import("@/features/capture-queue/capture-queue-page")).CaptureQueuePage,
}));

/** The capture queue captures through the order page's own dialog. */
function CaptureQueue() {
  return (
    <Suspense fallback={<p className="text-sm text-muted">{t("common.loading")}</p>}>
      <CaptureQueuePage CaptureDialog={CaptureDialog} />
    </Suspense>
  );
}

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
  // What the page's clicks need (the dialogs' and the refund panel's code, the reasons, whether
  // the server has the plugin, once a session) arrives before the merchant asks, and the two
  // money dialogs are rehearsed. Knowing the plugin is there spares each Confirm a read of the order.
  useEffect(
    () =>
      whenIdle(async () => {
        preloadOrderDialogs();
        // The reasons first, so the refund panel is rehearsed with its whole form.
        await Promise.all([
          client.prefetchQuery(refundReasonsQueryOptions()),
          client.prefetchQuery(pluginQueryOptions()),
        ]);
        await rehearseOrderPage(client, params.id, RefundDrawer);
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
              <Route path="/to-capture" component={CaptureQueue} />
              <Route path="/orders/:id/*?" component={OrderRoute} />
              <Route component={NotFound} />
            </Switch>
          </AuthGate>
        </Route>
      </Switch>
    </NavigationProvider>
  );
}
