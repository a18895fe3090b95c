import { Suspense, useState } from "react";
import { Link } from "wouter";
import type { Order } from "@/api/mappers";
import { orderBalance, type Cover, type OpenRequest } from "@/api/order-balance";
import { refundablePayments } from "@/api/payment-figures";
import { statusMeanings } from "@/api/status";
import { Button } from "@/components/ui/button";
import { useNavigate } from "@/components/ui/navigation";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { CopyLinkButton } from "./copy-link-button";
import { MarkPaidDialog, RecordPaymentDialog } from "./lazy-parts";
import { heldWhy } from "./payment-row";

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
        <dt className="text-sm font-semibold">Outstanding amount</dt>
        <dd className="text-right text-base font-semibold tabular-nums">{money(Math.abs(shown))}</dd>
      </dl>
      {shown > 0 && <p className="mt-1 text-sm text-muted">To collect from the customer.</p>}
      {shown < 0 && <p className="mt-1 text-sm text-muted">To refund to the customer.</p>}
      {shown === 0 && !b.canceled && <p className="mt-1 text-sm text-muted">Nothing is outstanding.</p>}
      {b.canceled && b.toRefund === 0 && (
        <p className="mt-1 text-sm font-medium">Nothing to collect: the order was canceled.</p>
      )}
      {b.canceled && b.outstanding > 0 && (
        <p className="mt-1 text-sm text-muted">
          Medusa still counts {money(b.outstanding)} as unpaid; it is not collected.
        </p>
      )}

      {b.covers.length > 0 && (
        <ul aria-label="What settles the outstanding amount" className="mt-3 space-y-3 text-sm">
          {b.covers.map((cover, i) => (
            <li key={i} className="border-t border-amber-200 pt-2">
              <p>
                <span className="font-semibold tabular-nums">{money(cover.amount)}</span> {coverWords(cover)}
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
        <ul aria-label="Beyond the outstanding amount" className="mt-3 space-y-1 text-sm text-muted">
          {b.beyond.capture > 0 && (
            <li>{money(b.beyond.capture)} more is authorized than the order needs; capturing it would overcharge.</li>
          )}
          {b.beyond.requests.map(({ amount, request }) => (
            <li key={request.collectionId}>
              {money(amount)} requested on {formatDate(request.since)} is more than the order needs; paying it would
              overcharge.
              {/* Still the customer's to pay, if the merchant wants it: the dialog asks before over-collecting. */}
              {amount === request.amount && (
                <RequestActions request={request} orderId={order.id} onMark={setMarking} keys={m} />
              )}
            </li>
          ))}
          {b.held > 0 && (
            <li>
              {money(b.held)} still authorized, never to be captured: {heldWhy(b.canceled)}
            </li>
          )}
        </ul>
      )}

      {shown < 0 && (
        <Link
          href={`/orders/${order.id}/refund`}
          aria-keyshortcuts="r"
          className="mt-3 inline-flex h-8 items-center rounded-md bg-accent px-3 text-sm font-medium text-accent-ink shadow-sm hover:bg-blue-800"
        >
          Refund
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
        Mark as paid
      </Button>
      {props.onRecord && (
        <Button
          size="sm"
          onClick={() => props.onRecord?.(props.request)}
          onPointerEnter={() => void RecordPaymentDialog.preload()}
          onFocus={() => void RecordPaymentDialog.preload()}
        >
          Record payment
        </Button>
      )}
      <CopyLinkButton collectionId={props.request.collectionId} orderId={props.orderId} />
    </div>
  );
}

/** What settles one part of the outstanding amount, or why nothing does yet. */
function coverWords(cover: Cover): string {
  if (cover.kind === "capture") return `authorized. ${statusMeanings.authorized}`;
  if (cover.kind === "uncovered")
    return "has no payment or request behind it: request it from the customer in Medusa's admin.";
  return `requested on ${formatDate(cover.request.since)}. ${statusMeanings[cover.request.status]}`;
}
