import type { Order } from "@/api/mappers";
import { Section } from "@/components/ui/section";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { orderActivity } from "./activity";

export function ActivitySection({ order }: { order: Order }) {
  const events = orderActivity(order);
  return (
    <Section title="Activity">
      {events.length === 0 ? (
        <p className="text-sm text-muted">No payment activity yet.</p>
      ) : (
        <ol className="relative space-y-4 border-l border-line pl-5">
          {events.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span aria-hidden className="absolute -left-[26px] top-1.5 size-2.5 rounded-full border-2 border-surface bg-gray-400" />
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
