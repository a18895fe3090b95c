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
import { expiry } from "@/lib/authorization-window";
import { formatDate } from "@/lib/format";
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
      toast(`Order #${row.displayId} could not be opened: ${(error as Error).message}`, "error");
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
      <title>To capture · Order payments</title>
      <h1 className="text-2xl font-semibold">To capture</h1>
      <p className="max-w-prose text-sm text-muted">
        Payments whose authorized money has not all been captured, the one whose authorization lapses first at the top.
        Once it lapses, the provider releases the money and the sale goes unpaid; whether a late capture still goes
        through is the provider’s call.
      </p>
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-sm">
        {queue.isPending ? (
          <p className="px-5 py-8 text-center text-sm text-muted">Loading payments to capture…</p>
        ) : queue.isError ? (
          <div role="alert" className="px-5 py-8 text-center text-sm">
            <p>The payments to capture could not be loaded: {queue.error.message}</p>
            <Button className="mt-3" size="sm" onClick={() => void queue.refetch()} disabled={queue.isFetching}>
              Try again
            </Button>
          </div>
        ) : !data?.rows ? (
          <p className="px-5 py-8 text-center text-sm">
            This store’s server cannot list payments to capture: it needs the order-payments plugin (see the README).
            Authorized payments still show on each order.
          </p>
        ) : data.rows.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-muted">
            Nothing to capture: no payment holds authorized money.
          </p>
        ) : (
          <QueueTable rows={data.rows} opening={opening} onCapture={(row) => void open(row)} />
        )}
      </div>
      {data?.rows && data.count > QUEUE_PAGE_SIZE && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          <span className="text-muted">
            {offset + 1}–{Math.min(offset + QUEUE_PAGE_SIZE, data.count)} of {data.count}
          </span>
          <span className="flex gap-2">
            <Button size="sm" disabled={offset === 0} onClick={() => setOffset(offset - QUEUE_PAGE_SIZE)}>
              Previous
            </Button>
            <Button
              size="sm"
              disabled={offset + QUEUE_PAGE_SIZE >= data.count}
              onClick={() => setOffset(offset + QUEUE_PAGE_SIZE)}
            >
              Next
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
      <caption className="sr-only">Payments to capture, the first to lapse first</caption>
      <thead className="hidden border-b border-line bg-gray-50 text-left text-xs text-muted uppercase sm:table-header-group">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">
            Order
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            Customer
          </th>
          <th scope="col" className="px-4 py-2 text-right font-medium">
            To capture
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            Authorized
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            Expires
          </th>
          <th scope="col" className="px-4 py-2 font-medium">
            <span className="sr-only">Action</span>
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
              <td className="text-right font-medium tabular-nums sm:px-4 sm:py-3">{amount}</td>
              <td className="hidden text-muted sm:table-cell sm:px-4 sm:py-3">{formatDate(row.authorizedAt)}</td>
              <td
                className="text-right sm:px-4 sm:py-3 sm:text-left"
                title={`Lapses ${new Date(row.expiresAt).toLocaleString()}`}
              >
                <Badge tone={state.tone}>{state.label}</Badge>
              </td>
              <td className="col-span-2 sm:px-4 sm:py-3 sm:text-right">
                <Button
                  size="sm"
                  variant="primary"
                  aria-label={`Capture ${amount} on order #${row.displayId}`}
                  disabled={opening !== undefined}
                  onClick={() => onCapture(row)}
                >
                  {opening === row.paymentId ? "Opening…" : "Capture"}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
