// "To capture": every payment still holding authorized money, the one that lapses first at the
// top, each captured through the order page's own confirm dialog (passed in by the app, since one
// feature does not import another). Captured, a row leaves the queue.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ComponentType } from "react";
import { Link } from "wouter";
import { captureQueueKeys, captureQueueQueryOptions, QUEUE_PAGE_SIZE, type QueueRow } from "@/api/capture-queue";
import type { Payment } from "@/api/mappers";
import { orderQueryOptions, useShownOrder } from "@/api/orders";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { expiry } from "@/lib/authorization-window";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";

export type CaptureDialogType = ComponentType<{ orderId: string; payment: Payment; onClose: () => void }>;

export function CaptureQueuePage({ CaptureDialog }: { CaptureDialog: CaptureDialogType }) {
  const [offset, setOffset] = useState(0);
  const queue = useQuery(captureQueueQueryOptions(offset));
  const client = useQueryClient();
  const [capturing, setCapturing] = useState<QueueRow>();
  const [opening, setOpening] = useState<string>();

  // The dialog checks the payment against the order it reads, as on the order page.
  async function open(row: QueueRow) {
    setOpening(row.paymentId);
    try {
      await client.ensureQueryData(orderQueryOptions(row.orderId));
      setCapturing(row);
    } catch (error) {
      toast(t("queue.openFailed", { order: String(row.displayId), message: (error as Error).message }), "error");
    } finally {
      setOpening(undefined);
    }
  }
  function closed() {
    setCapturing(undefined);
    // A capture marks the queue stale (with the orders lists); this page is where it shows.
    void client.refetchQueries({ queryKey: captureQueueKeys.all, type: "active", stale: true });
  }

  const data = queue.data;
  return (
    <div className="space-y-5">
      <title>{t("queue.documentTitle")}</title>
      <h1 className="text-2xl font-semibold">{t("queue.heading")}</h1>
      <p className="max-w-prose text-sm text-muted">{t("queue.intro")}</p>
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-sm">
        {queue.isPending ? (
          <p className="px-5 py-8 text-center text-sm text-muted">{t("queue.loading")}</p>
        ) : queue.isError ? (
          <div role="alert" className="px-5 py-8 text-center text-sm">
            <p>{t("queue.loadFailed", { message: queue.error.message })}</p>
            <Button className="mt-3" size="sm" onClick={() => void queue.refetch()} disabled={queue.isFetching}>
              {t("queue.tryAgain")}
            </Button>
          </div>
        ) : !data?.rows ? (
          <p className="px-5 py-8 text-center text-sm">{t("queue.noPlugin")}</p>
        ) : data.rows.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-muted">{t("queue.empty")}</p>
        ) : (
          <QueueTable rows={data.rows} opening={opening} onCapture={(row) => void open(row)} />
        )}
      </div>
      {data?.rows && data.count > QUEUE_PAGE_SIZE && (
        <nav aria-label={t("queue.pages")} className="flex items-center justify-between text-sm">
          <span className="text-muted">
            {t("queue.range", {
              first: offset + 1,
              last: Math.min(offset + QUEUE_PAGE_SIZE, data.count),
              count: data.count,
            })}
          </span>
          <span className="flex gap-2">
            <Button size="sm" disabled={offset === 0} onClick={() => setOffset(offset - QUEUE_PAGE_SIZE)}>
              {t("queue.previous")}
            </Button>
            <Button
              size="sm"
              disabled={offset + QUEUE_PAGE_SIZE >= data.count}
              onClick={() => setOffset(offset + QUEUE_PAGE_SIZE)}
            >
              {t("queue.next")}
            </Button>
          </span>
        </nav>
      )}
      {capturing && <QueueCapture row={capturing} CaptureDialog={CaptureDialog} onClose={closed} />}
    </div>
  );
}

function QueueCapture({
  row,
  CaptureDialog,
  onClose,
}: {
  row: QueueRow;
  CaptureDialog: CaptureDialogType;
  onClose: () => void;
}) {
  const { data: order } = useShownOrder(row.orderId);
  const payment = order?.collections.flatMap((c) => c.payments).find((p) => p.id === row.paymentId);
  if (!payment) return null;
  return <CaptureDialog orderId={row.orderId} payment={payment} onClose={onClose} />;
}

function QueueTable({
  rows,
  opening,
  onCapture,
}: {
  rows: QueueRow[];
  opening?: string;
  onCapture: (row: QueueRow) => void;
}) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("queue.caption")}</caption>
      <thead className="hidden border-b border-line bg-gray-50 text-start text-xs text-muted uppercase sm:table-header-group">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("queue.columnOrder")}
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("queue.columnCustomer")}
          </th>
          <th scope="col" className="px-4 py-2 text-end font-medium">
            {t("queue.columnToCapture")}
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("queue.columnAuthorized")}
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            {t("queue.columnExpires")}
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            <span className="sr-only">{t("queue.columnAction")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => {
          const state = expiry(row.expiresAt);
          const amount = formatMoney(row.capturable, row.currency);
          return (
            // On a phone each row is a small grid: order and amount, customer and badge, the button.
            <tr key={row.paymentId} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 px-4 py-3 sm:table-row sm:p-0">
              <td className="sm:px-4 sm:py-3">
                <Link href={`/orders/${row.orderId}`} className="font-medium text-accent hover:underline">
                  #{row.displayId}
                </Link>
              </td>
              <td className="col-start-1 row-start-2 min-w-0 truncate sm:px-4 sm:py-3">{row.customer}</td>
              <td className="text-end font-medium tabular-nums sm:px-4 sm:py-3">{amount}</td>
              <td className="hidden text-muted sm:table-cell sm:px-4 sm:py-3">{formatDate(row.authorizedAt)}</td>
              <td
                className="text-end sm:px-4 sm:py-3 sm:text-start"
                title={t("queue.lapsesAt", { time: formatDateTime(row.expiresAt) })}
              >
                <Badge tone={state.tone}>{state.label}</Badge>
              </td>
              <td className="col-span-2 sm:px-4 sm:py-3 sm:text-end">
                <Button
                  size="sm"
                  variant="primary"
                  aria-label={t("queue.captureLabel", { amount, order: String(row.displayId) })}
                  disabled={opening !== undefined}
                  onClick={() => onCapture(row)}
                >
                  {opening === row.paymentId ? t("queue.opening") : t("queue.capture")}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
