import { memo, Suspense } from "react";
import { flushSync } from "react-dom";
import { Link } from "wouter";
import { useOrder } from "@/api/orders";
import { Button } from "@/components/ui/button";
import { useNavigate } from "@/components/ui/navigation";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { ApiError } from "@/lib/api-client";
import { t } from "@/i18n/i18n";
import { listAddress } from "@/lib/list-address";
import { ActivitySection } from "./activity-section";
import { PaymentDetailsDialog } from "./lazy-parts";
import { CustomerSection, ItemsSection } from "./order-contents";
import { OrderHeader } from "./order-header";
import { PaymentsSection } from "./payments-section";
import { staleWords } from "@/api/stale-words";
import { SummarySection } from "./summary-section";

type Props = { orderId: string; paymentId?: string };

export const OrderDetailPage = memo(function OrderDetailPage({ orderId, paymentId }: Props) {
  const navigate = useNavigate();
  const { data: order, error, isPending, refetch, isFetching } = useOrder(orderId);
  // `/` is for finding another order: the list as the merchant left it, typing into its search.
  useShortcuts({
    "/": () => {
      flushSync(() => navigate(listAddress()));
      document.querySelector<HTMLElement>('[aria-keyshortcuts="/"]')?.focus();
    },
  });

  if (isPending) {
    return (
      <p role="status" className="py-16 text-center text-muted">
        {t("order.loading")}
      </p>
    );
  }
  // A failed re-read keeps the page (and any dialog on it, which may be telling how a money move
  // ended) but says the figures may be old: see the banner below.
  if (error && !order) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <div className="mx-auto max-w-md py-16 text-center">
          <h1 className="text-2xl font-semibold">{t("order.notFoundTitle")}</h1>
          <p className="mt-2 text-muted wrap-anywhere">{t("order.notFoundText", { id: orderId })}</p>
          <Link href="/orders" className="mt-6 inline-block font-medium text-accent underline">
            {t("order.backToOrdersLink")}
          </Link>
        </div>
      );
    }
    return (
      <div role="alert" className="mx-auto max-w-md py-16 text-center">
        <h1 className="text-xl font-semibold">{t("order.loadFailedTitle")}</h1>
        <p className="mt-2 text-muted">{error.message}</p>
        <Button className="mt-6" onClick={() => refetch()} busy={isFetching}>
          {t("common.tryAgain")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {error && (
        <div
          role="alert"
          className="flex flex-wrap items-center justify-between gap-4 rounded-md border border-warning px-4 py-3"
        >
          <p className="text-sm">
            <span className="font-medium">{staleWords()}</span> {error.message}
          </p>
          <Button size="sm" onClick={() => refetch()} busy={isFetching}>
            {t("common.tryAgain")}
          </Button>
        </div>
      )}
      <OrderHeader order={order} />
      {/* One column below lg, never wider than the screen: a long word in a note wraps instead. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <PaymentsSection order={order} />
          <ActivitySection order={order} />
        </div>
        <div className="space-y-6">
          <SummarySection order={order} />
          <ItemsSection order={order} />
          <CustomerSection order={order} />
        </div>
      </div>
      {paymentId && (
        <Suspense fallback={null}>
          <PaymentDetailsDialog paymentId={paymentId} onClose={() => navigate(`/orders/${orderId}`)} />
        </Suspense>
      )}
    </div>
  );
});
