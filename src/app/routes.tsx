import { Redirect, Route, Switch, useParams } from "wouter";
import { OrderDetailPage } from "@/features/order-detail/order-detail-page";
import { OrdersListPage } from "@/features/orders-list/orders-list-page";
import { RefundDrawer } from "@/features/refund/refund-drawer";
import { SignInPage } from "@/features/auth/sign-in-page";
import { AuthGate } from "./auth-gate";
import { NotFound } from "./not-found";

/**
 * One route for the order and the panels opened over it (/refund, /payments/:id), so the
 * page stays mounted, keeps its scroll and takes focus back when a panel closes.
 */
function OrderRoute() {
  const params = useParams<{ id: string; "*"?: string }>();
  const rest = (params["*"] ?? "").split("/");
  return (
    <>
      <OrderDetailPage orderId={params.id} paymentId={rest[0] === "payments" ? rest[1] : undefined} />
      {rest[0] === "refund" && <RefundDrawer orderId={params.id} />}
    </>
  );
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
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
  );
}
