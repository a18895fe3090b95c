import { useState } from "react";
import type { Order } from "@/api/mappers";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { orderActivity } from "./activity";

// The latest events; a long history (hundreds of refunds) opens on request.
const LATEST = 10;

export function ActivitySection({ order }: { order: Order }) {
  const [expanded, setExpanded] = useState(false);
  const all = orderActivity(order);
  const hidden = expanded ? 0 : Math.max(0, all.length - LATEST);
  const events = all.slice(hidden);
  return (
    <Section title="Activity">
      {events.length === 0 && <p className="text-sm text-muted">No payment activity yet.</p>}
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="mb-4 text-sm font-medium text-accent underline-offset-2 hover:underline"
        >
          Show {hidden} earlier {hidden === 1 ? "event" : "events"}
        </button>
      )}
      {events.length > 0 && (
        <ol className="relative space-y-4 border-l border-line pl-5">
          {events.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span
                aria-hidden
                className="absolute -left-[26px] top-1.5 size-2.5 rounded-full border-2 border-surface bg-gray-400"
              />
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{e.title}</span>
                <span className="tabular-nums">
                  {e.amount < 0 ? `−${formatMoney(-e.amount, order.currency)}` : formatMoney(e.amount, order.currency)}
                </span>
              </div>
              {e.detail && <p className="text-muted">{e.detail}</p>}
              <time dateTime={e.at} className="text-xs text-muted">
                {formatDateTime(e.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
