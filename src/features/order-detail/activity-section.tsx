import { useState } from "react";
import type { Order } from "@/api/mappers";
import { useOrderEdits } from "@/api/order-edits";
import { useStaffNames } from "@/api/users";
import { Section } from "@/components/ui/section";
import { t } from "@/i18n/i18n";
import { formatDateTime } from "@/lib/format";
import { formatSignedMoney } from "@/lib/money";
import { editEvents, timeline } from "./activity";

// The latest events; a long history (hundreds of refunds) opens on request.
const LATEST = 10;

export function ActivitySection({ order }: { order: Order }) {
  const [expanded, setExpanded] = useState(false);
  const edits = useOrderEdits(order);
  const all = timeline(order, editEvents(edits.data ?? [], order.currency));
  // One question for every member of staff on the timeline; until it answers (or if it fails)
  // an event names nobody rather than guessing.
  const names = useStaffNames(all.map((e) => e.by));
  const hidden = expanded ? 0 : Math.max(0, all.length - LATEST);
  const events = all.slice(hidden);
  const money = (minor: number, signed?: boolean) => formatSignedMoney(minor, order.currency, signed);
  return (
    <Section title={t("order.activityTitle")}>
      {events.length === 0 && <p className="text-sm text-muted">{t("order.noActivity")}</p>}
      {edits.isError && (
        // Without it the timeline would leave out what changed the amount owed: say so.
        <p role="alert" className="mb-4 text-sm text-danger">
          {t("order.editsLoadFailed", { message: edits.error.message })}{" "}
          <button type="button" onClick={() => void edits.refetch()} className="font-medium underline">
            {t("common.tryAgain")}
          </button>
        </p>
      )}
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="mb-4 text-sm font-medium text-accent underline-offset-2 hover:underline"
        >
          {t("order.showEarlier", { count: hidden })}
        </button>
      )}
      {events.length > 0 && (
        <ol className="relative space-y-4 border-s border-line ps-5">
          {events.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span
                aria-hidden
                className="absolute -start-[26px] top-1.5 size-2.5 rounded-full border-2 border-surface bg-gray-400"
              />
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{e.title}</span>
                {e.amount !== undefined && <bdi className="tabular-nums">{money(e.amount, e.signed)}</bdi>}
              </div>
              {e.detail && <p className="text-muted">{e.detail}</p>}
              <p className="text-xs text-muted">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {e.by && names[e.by] && ` · ${t("order.byStaff", { name: names[e.by]! })}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
