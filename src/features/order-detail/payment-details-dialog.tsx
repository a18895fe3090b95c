import { usePayment } from "@/api/payments";
import { useStaffNames } from "@/api/users";
import { paymentFigures } from "@/api/payment-figures";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { copyText } from "@/lib/clipboard";
import { formatDateTime, paymentTitle, providerName } from "@/lib/format";
import { formatMoney } from "@/lib/money";

export function PaymentDetailsDialog({ paymentId, onClose }: { paymentId: string; onClose: () => void }) {
  const { data: payment, error, isPending } = usePayment(paymentId);
  // Who captured and who refunded: one question for all of them (shared with the order page's cache).
  const names = useStaffNames([...(payment?.captures ?? []), ...(payment?.refunds ?? [])].map((m) => m.by));
  const byWhom = (id: string | null | undefined) => (id && names[id] ? `by ${names[id]}` : undefined);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Payment details" side="drawer">
      {isPending && <p role="status">Loading payment…</p>}
      {error && (
        <p role="alert" className="text-danger">
          {error.message}
        </p>
      )}
      {payment && (
        <div className="space-y-5 text-sm">
          <div className="flex items-center justify-between">
            <span className="text-lg font-semibold tabular-nums">{formatMoney(payment.amount, payment.currency)}</span>
            <Badge tone={statusLabels[paymentFigures(payment).state].tone}>
              {statusLabels[paymentFigures(payment).state].label}
            </Badge>
          </div>
          <dl className="space-y-2">
            <Detail label="Payment" value={paymentTitle(payment)} />
            <Detail label="Provider" value={providerName(payment.provider)} />
            <CopyDetail label="Payment ID" value={payment.id} />
            {payment.collectionId && <CopyDetail label="Payment collection ID" value={payment.collectionId} />}
            {payment.sessionId && <CopyDetail label="Payment session ID" value={payment.sessionId} />}
            <Detail label="Created" value={formatDateTime(payment.createdAt)} />
            <Detail
              label="Fully captured"
              value={payment.capturedAt ? formatDateTime(payment.capturedAt) : "Not yet"}
            />
            {payment.canceledAt && <Detail label="Canceled" value={formatDateTime(payment.canceledAt)} />}
          </dl>
          <History
            title="Captures"
            empty="No captures yet."
            rows={payment.captures.map((c) => ({
              id: c.id,
              at: c.createdAt,
              amount: formatMoney(c.amount, payment.currency),
              detail: byWhom(c.by),
            }))}
          />
          <History
            title="Refunds"
            empty="No refunds."
            rows={payment.refunds.map((r) => ({
              id: r.id,
              at: r.createdAt,
              amount: `−${formatMoney(r.amount, payment.currency)}`,
              detail: [r.reason, r.note && `“${r.note}”`, byWhom(r.by)].filter(Boolean).join(" · "),
            }))}
          />
        </div>
      )}
      <div className="mt-6 flex justify-end">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  );
}

function CopyDetail({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex items-center justify-between gap-4">
      <dt className="text-muted">{label}</dt>
      <dd className="flex min-w-0 items-center gap-2">
        <span className="min-w-0 font-mono text-xs break-all">{value}</span>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Copy ${label}`}
          onClick={async () =>
            toast(
              (await copyText(value)) ? `${label} copied.` : `Could not copy. Select the ID and copy it by hand.`,
              "info",
            )
          }
        >
          Copy
        </Button>
      </dd>
    </div>
  );
}

function History({
  title,
  empty,
  rows,
}: {
  title: string;
  empty: string;
  rows: { id: string; at: string | null; amount: string; detail?: string }[];
}) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 divide-y divide-line">
          {rows.map((r) => (
            <li key={r.id} className="flex justify-between gap-3 py-1.5">
              <div className="min-w-0 wrap-anywhere">
                <div>{formatDateTime(r.at)}</div>
                {r.detail && <div className="text-muted">{r.detail}</div>}
              </div>
              <span className="font-medium whitespace-nowrap tabular-nums">{r.amount}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
