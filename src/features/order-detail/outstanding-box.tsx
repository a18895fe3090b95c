import { Suspense, useState } from "react";
import { Link } from "wouter";
import type { Order } from "@/api/mappers";
import { orderBalance, type Cover, type OpenRequest } from "@/api/order-balance";
import { refundablePayments } from "@/api/payment-figures";
import { statusMeanings } from "@/api/status";
import { Button } from "@/components/ui/button";
import { useNavigate } from "@/components/ui/navigation";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { CopyLinkButton } from "./copy-link-button";
import { MarkPaidDialog, RecordPaymentDialog } from "./lazy-parts";
import { heldNote } from "./payment-row";

/**
 * The order's outstanding amount, and beside every part of it what settles it (a capture, a
 * request the customer can pay) or why nothing will: a canceled order is not collected.
 */
export function OutstandingBox({ order }: { order: Order }) {
  const [marking, setMarking] = useState<OpenRequest | null>(null);
  // The request a payment received outside the store settles part of, and the most it can be.
  const [recording, setRecording] = useState<{ request: OpenRequest; max: number } | null>(null);
  const money = (minor: number) => formatMoney(minor, order.currency);
  const b = orderBalance(order);
  // Medusa keeps counting a canceled order's remaining total as unpaid; nobody is going to pay it.
  const shown = b.canceled ? -b.toRefund : b.outstanding;
  const navigate = useNavigate();
  // Each open request shows one Mark as paid button, here or beyond the outstanding amount.
  const unpaid = b.requests.filter((r) => r.status === "not_paid");
  const m = unpaid.length === 1 ? "m" : undefined;
  useShortcuts({
    // The Summary's Refund, or the only refundable payment's: the panel opens on that payment.
    r: (shown < 0 || refundablePayments(order).length === 1) && (() => navigate(`/orders/${order.id}/refund`)),
    m: m && (() => setMarking(unpaid[0]!)),
  });

  return (
    <div
      className={cn("mt-4 rounded-md px-4 py-3", shown > 0 ? "bg-amber-50" : shown < 0 ? "bg-blue-50" : "bg-gray-50")}
    >
      <dl className="flex items-baseline justify-between gap-4">
        <dt className="text-sm font-semibold">{t("order.outstandingAmount")}</dt>
        <dd className="text-end text-base font-semibold tabular-nums">
          <bdi>{money(Math.abs(shown))}</bdi>
        </dd>
      </dl>
      {shown > 0 && <p className="mt-1 text-sm text-muted">{t("order.toCollect")}</p>}
      {shown < 0 && <p className="mt-1 text-sm text-muted">{t("order.toRefund")}</p>}
      {shown === 0 && !b.canceled && <p className="mt-1 text-sm text-muted">{t("order.nothingOutstanding")}</p>}
      {b.canceled && b.toRefund === 0 && (
        <p className="mt-1 text-sm font-medium">{t("order.canceledNothingToCollect")}</p>
      )}
      {b.canceled && b.outstanding > 0 && (
        <p className="mt-1 text-sm text-muted">
          {t("order.canceledStillCounted", { amount: isolate(money(b.outstanding)) })}
        </p>
      )}

      {b.covers.length > 0 && (
        <ul aria-label={t("order.coversLabel")} className="mt-3 space-y-3 text-sm">
          {b.covers.map((cover, i) => (
            <li key={i} className="border-t border-amber-200 pt-2">
              <p>
                <bdi className="font-semibold tabular-nums">{money(cover.amount)}</bdi> {coverWords(cover)}
              </p>
              {cover.kind === "request" && (
                <RequestActions
                  request={cover.request}
                  orderId={order.id}
                  onMark={setMarking}
                  onRecord={(request) => setRecording({ request, max: cover.amount })}
                  keys={m}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {(b.beyond.capture > 0 || b.beyond.requests.length > 0 || b.held > 0) && (
        <ul aria-label={t("order.beyondLabel")} className="mt-3 space-y-1 text-sm text-muted">
          {b.beyond.capture > 0 && <li>{t("order.beyondCapture", { amount: isolate(money(b.beyond.capture)) })}</li>}
          {b.beyond.requests.map(({ amount, request }) => (
            <li key={request.collectionId}>
              {t("order.beyondRequest", { amount: isolate(money(amount)), date: formatDate(request.since) })}
              {/* Still the customer's to pay, if the merchant wants it: the dialog asks before over-collecting. */}
              {amount === request.amount && (
                <RequestActions request={request} orderId={order.id} onMark={setMarking} keys={m} />
              )}
            </li>
          ))}
          {b.held > 0 && <li>{heldNote(money(b.held), b.canceled)}</li>}
        </ul>
      )}

      {shown < 0 && (
        <Link
          href={`/orders/${order.id}/refund`}
          aria-keyshortcuts="r"
          className="mt-3 inline-flex h-8 items-center rounded-md bg-accent px-3 text-sm font-medium text-accent-ink shadow-sm hover:bg-blue-800"
        >
          {t("order.refund")}
        </Link>
      )}
      {recording && (
        <Suspense fallback={null}>
          <RecordPaymentDialog
            orderId={order.id}
            request={recording.request}
            max={recording.max}
            currency={order.currency}
            onClose={() => setRecording(null)}
          />
        </Suspense>
      )}
      {marking && (
        <Suspense fallback={null}>
          <MarkPaidDialog
            orderId={order.id}
            collectionId={marking.collectionId}
            amount={marking.amount}
            currency={order.currency}
            onClose={() => setMarking(null)}
          />
        </Suspense>
      )}
    </div>
  );
}

/** What a merchant can do about an unpaid request: record it as paid, or send the customer its link. */
function RequestActions(props: {
  request: OpenRequest;
  orderId: string;
  onMark: (r: OpenRequest) => void;
  /** Only where the request stands for money still owed: a payment here is capped at it. */
  onRecord?: (r: OpenRequest) => void;
  keys?: string;
}) {
  if (props.request.status !== "not_paid") return null;
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="primary"
        onClick={() => props.onMark(props.request)}
        aria-keyshortcuts={props.keys}
        onPointerEnter={() => void MarkPaidDialog.preload()}
        onFocus={() => void MarkPaidDialog.preload()}
      >
        {t("order.markAsPaid")}
      </Button>
      {props.onRecord && (
        <Button
          size="sm"
          onClick={() => props.onRecord?.(props.request)}
          onPointerEnter={() => void RecordPaymentDialog.preload()}
          onFocus={() => void RecordPaymentDialog.preload()}
        >
          {t("order.recordPayment")}
        </Button>
      )}
      <CopyLinkButton collectionId={props.request.collectionId} orderId={props.orderId} />
    </div>
  );
}

/** What settles one part of the outstanding amount, or why nothing does yet. */
function coverWords(cover: Cover): string {
  // Two sentences each: the amount (in bold before them) and what settles it, then what that means.
  if (cover.kind === "capture") return `${t("order.coverCapture")} ${statusMeanings.authorized}`;
  if (cover.kind === "uncovered") return t("order.coverUncovered");
  const requested = t("order.coverRequest", { date: formatDate(cover.request.since) });
  return `${requested} ${statusMeanings[cover.request.status]}`;
}
