import { Redirect, Route, Switch, useParams } from "wouter";
import { OrderDetailPage } from "@/features/order-detail/order-detail-page";
import { OrdersListPage } from "@/features/orders-list/orders-list-page";
import { RefundDrawer } from "@/features/refund/refund-drawer";
import { NotFound } from "./not-found";

function OrderWithRefund() {
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <OrderDetailPage orderId={id} />
      <RefundDrawer orderId={id} />
    </>
  );
}

function OrderWithPayment() {
  const { id, paymentId } = useParams<{ id: string; paymentId: string }>();
  return <OrderDetailPage orderId={id} paymentId={paymentId} />;
}

function Order() {
  const { id } = useParams<{ id: string }>();
  return <OrderDetailPage orderId={id} />;
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/orders" replace />
      </Route>
      <Route path="/orders" component={OrdersListPage} />
      <Route path="/orders/:id/refund" component={OrderWithRefund} />
      <Route path="/orders/:id/payments/:paymentId" component={OrderWithPayment} />
      <Route path="/orders/:id" component={Order} />
      <Route component={NotFound} />
    </Switch>
  );
}
