import { Link } from "wouter";
import { noteWords } from "@/api/manual-payment-notes";
import type { Order, Payment } from "@/api/mappers";
import { figuresInOrder } from "@/api/payment-figures";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Menu } from "@/components/ui/menu";
import { useNavigate } from "@/components/ui/navigation";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { formatDate, formatDateTime, paymentTitle } from "@/lib/format";
import { expiresAt, expiry } from "@/lib/authorization-window";
import { formatMoney, formatSignedMoney } from "@/lib/money";
import { CaptureDialog } from "./lazy-parts";

/** `keys`: the shortcuts this row answers to ("c" capture, "r" refund), when it is the only one. */
type Props = { order: Order; payment: Payment; onCapture: () => void; keys?: string };

export function PaymentRow({ order, payment, onCapture, keys = "" }: Props) {
  const navigate = useNavigate();
  const orderId = order.id;
  const f = figuresInOrder(order, payment);
  const money = (minor: number) => formatMoney(minor, payment.currency);
  const status = statusLabels[f.state];
  const title = paymentTitle(payment);
  return (
    // Off-screen rows of a long list skip layout and paint until scrolled to.
    <li className="py-4 [content-visibility:auto] [contain-intrinsic-size:auto_9rem]" aria-label={title}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link
            href={`/orders/${orderId}/payments/${payment.id}`}
            // Its details hold the whole id, with a button to copy it.
            title={t("order.detailsOf", { id: payment.id })}
            className="text-sm font-medium break-all text-accent underline-offset-2 hover:underline"
          >
            {title}
          </Link>
          <p className="text-sm text-muted">{formatDate(payment.createdAt)}</p>
          {f.capturable > 0 && payment.createdAt && <AuthorizationExpiry payment={payment} />}
          {order.manualPayments[payment.id] && (
            <p className="text-sm">{t("order.received", { note: noteWords(order.manualPayments[payment.id]!) })}</p>
          )}
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={status.tone}>{status.label}</Badge>
          {f.capturable > 0 && (
            <Button
              size="sm"
              variant="primary"
              onClick={onCapture}
              aria-keyshortcuts={keys.includes("c") ? "c" : undefined}
              onPointerEnter={() => void CaptureDialog.preload()}
              onFocus={() => void CaptureDialog.preload()}
            >
              {t("order.capturePayment")}
            </Button>
          )}
          <Menu
            label={t("order.paymentActions")}
            trigger={<span aria-hidden>⋯</span>}
            items={[
              {
                label: t("order.refund"),
                disabled: f.refundable <= 0,
                keys: keys.includes("r") ? "r" : undefined,
                onSelect: () => navigate(`/orders/${orderId}/refund?payment=${payment.id}`),
              },
              { label: t("order.viewDetails"), onSelect: () => navigate(`/orders/${orderId}/payments/${payment.id}`) },
            ]}
          />
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <Figure label={t("order.figureAmount")} value={money(payment.amount)} />
        <Figure label={t("order.figureCaptured")} value={money(f.captured)} />
        <Figure label={t("order.figureRefunded")} value={money(f.refunded)} />
        <Figure label={t("order.figureRefundable")} value={money(f.refundable)} />
      </dl>
      {f.held > 0 && <p className="mt-2 text-sm text-muted">{heldNote(money(f.held), order.status === "canceled")}</p>}
      {payment.refunds.length > 0 && (
        <div className="mt-3 rounded-md bg-gray-50 px-3 py-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{t("order.refundsTitle")}</h3>
          <ul className="mt-1 divide-y divide-line text-sm">
            {payment.refunds.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                <div className="min-w-0 wrap-anywhere">
                  <bdi className="font-medium">{r.reason ?? t("order.noReasonGiven")}</bdi>
                  {r.note && <span className="text-muted"> · {t("order.quotedNote", { note: isolate(r.note) })}</span>}
                  <div className="text-xs text-muted">{formatDateTime(r.createdAt)}</div>
                </div>
                <bdi className="font-medium tabular-nums">{formatSignedMoney(-r.amount, payment.currency)}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** Money still authorized that will not be captured, and why. */
export const heldNote = (amount: string, orderCanceled: boolean) =>
  orderCanceled
    ? t("order.heldOrderCanceled", { amount: isolate(amount) })
    : t("order.heldCollectionCanceled", { amount: isolate(amount) });

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-medium tabular-nums">
        <bdi>{value}</bdi>
      </dd>
    </div>
  );
}

/** When the money still authorized lapses, by the provider's window (config.json, 7 days by default). */
function AuthorizationExpiry({ payment }: { payment: Payment }) {
  const at = expiresAt(payment.createdAt!, payment.provider);
  const { lapsed, days, tone } = expiry(at);
  return (
    <p className="mt-1" title={t("order.authorizationLapses", { date: formatDateTime(at) })}>
      <Badge tone={tone}>{authorizationWords(lapsed, days)}</Badge>
    </p>
  );
}

function authorizationWords(lapsed: boolean, days: number) {
  if (lapsed) return t("order.authorizationExpired");
  if (days === 0) return t("order.authorizationExpiresToday");
  if (days === 1) return t("order.authorizationExpiresTomorrow");
  return t("order.authorizationExpiresInDays", { days });
}
