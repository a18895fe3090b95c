import { usePayment } from "@/api/payments";
import { useStaffNames } from "@/api/users";
import { paymentFigures } from "@/api/payment-figures";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { copyText } from "@/lib/clipboard";
import { formatDateTime, paymentTitle, providerName } from "@/lib/format";
import { formatMoney, formatSignedMoney } from "@/lib/money";

export function PaymentDetailsDialog({ paymentId, onClose }: { paymentId: string; onClose: () => void }) {
  const { data: payment, error, isPending } = usePayment(paymentId);
  // Who captured and who refunded: one question for all of them (shared with the order page's cache).
  const names = useStaffNames([...(payment?.captures ?? []), ...(payment?.refunds ?? [])].map((m) => m.by));
  const byWhom = (id: string | null | undefined) =>
    id && names[id] ? t("order.byStaff", { name: names[id] }) : undefined;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("order.detailsTitle")} side="drawer">
      {isPending && <p role="status">{t("order.loadingPayment")}</p>}
      {error && (
        <p role="alert" className="text-danger">
          {error.message}
        </p>
      )}
      {payment && (
        <div className="space-y-5 text-sm">
          <div className="flex items-center justify-between">
            <bdi className="text-lg font-semibold tabular-nums">{formatMoney(payment.amount, payment.currency)}</bdi>
            <Badge tone={statusLabels[paymentFigures(payment).state].tone}>
              {statusLabels[paymentFigures(payment).state].label}
            </Badge>
          </div>
          <dl className="space-y-2">
            <Detail label={t("order.detailPayment")} value={paymentTitle(payment)} />
            <Detail label={t("order.detailProvider")} value={providerName(payment.provider)} />
            <CopyDetail label={t("order.detailPaymentId")} value={payment.id} />
            {payment.collectionId && <CopyDetail label={t("order.detailCollectionId")} value={payment.collectionId} />}
            {payment.sessionId && <CopyDetail label={t("order.detailSessionId")} value={payment.sessionId} />}
            <Detail label={t("order.detailCreated")} value={formatDateTime(payment.createdAt)} />
            <Detail
              label={t("order.detailFullyCaptured")}
              value={payment.capturedAt ? formatDateTime(payment.capturedAt) : t("order.notYet")}
            />
            {payment.canceledAt && (
              <Detail label={t("order.detailCanceled")} value={formatDateTime(payment.canceledAt)} />
            )}
          </dl>
          <History
            title={t("order.capturesTitle")}
            empty={t("order.noCaptures")}
            rows={payment.captures.map((c) => ({
              id: c.id,
              at: c.createdAt,
              amount: formatMoney(c.amount, payment.currency),
              detail: byWhom(c.by),
            }))}
          />
          <History
            title={t("order.refundsTitle")}
            empty={t("order.noRefunds")}
            rows={payment.refunds.map((r) => ({
              id: r.id,
              at: r.createdAt,
              amount: formatSignedMoney(-r.amount, payment.currency),
              detail: [
                r.reason && isolate(r.reason),
                r.note && t("order.quotedNote", { note: isolate(r.note) }),
                byWhom(r.by),
              ]
                .filter(Boolean)
                .join(" · "),
            }))}
          />
        </div>
      )}
      <div className="mt-6 flex justify-end">
        <Button onClick={onClose}>{t("common.close")}</Button>
      </div>
    </Dialog>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-muted">{label}</dt>
      <dd className="text-end">{value}</dd>
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
          aria-label={t("order.copyNamed", { label })}
          onClick={async () =>
            toast((await copyText(value)) ? t("order.copiedNamed", { label }) : t("order.copyFailed"), "info")
          }
        >
          {t("order.copy")}
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
              <bdi className="font-medium whitespace-nowrap tabular-nums">{r.amount}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
