// The widget's look, with no admin-sdk import: it takes the order and the app's link as props,
// so a unit test renders it as Medusa's order page would.
import { Badge, Container, Heading, Text } from "@medusajs/ui";
import { useId } from "react";
import { formatMinor } from "../lib/money";
import { outstandingOf, paymentStatusBadge, type WidgetOrder } from "../lib/order-words";

/** The order's page in the Order payments app, as far as the widget knows it yet. */
export type AppLink =
  | { state: "ready"; href: string }
  | { state: "loading" }
  | { state: "none" } // the plugin has neither appPath nor appUrl
  | { state: "failed" };

type Props = { order: WidgetOrder; link: AppLink; locale?: string };

const linkWords = {
  loading: "Finding Order payments…",
  none: "No link: the plugin serves no app here (appPath is off) and has no appUrl.",
  failed: "Order payments' address could not be read from the server.",
};

export function OrderPaymentsCard({ order, link, locale }: Props) {
  const headingId = useId();
  const status = paymentStatusBadge(order.payment_status);
  const outstanding = outstandingOf(order);
  // The sign is said in words under the amount; the figure itself is shown without it, as in the app.
  const amount = outstanding && formatMinor(abs(outstanding.shown), order.currency_code, locale);

  return (
    // A named region: a screen reader can jump to it among the page's sections.
    <Container role="region" aria-labelledby={headingId} className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2" id={headingId}>
          Order payments
        </Heading>
      </div>
      <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
        <Text size="small" weight="plus" leading="compact">
          Payment status
        </Text>
        <div className="flex justify-end">
          <Badge size="2xsmall" color={status.color}>
            {status.label}
          </Badge>
        </div>
      </div>
      <div className="px-6 py-4">
        <div className="text-ui-fg-subtle grid grid-cols-2 items-center">
          <Text size="small" weight="plus" leading="compact">
            Outstanding amount
          </Text>
          <Text size="small" weight="plus" leading="compact" className="text-ui-fg-base text-right tabular-nums">
            {amount ?? "Not available"}
          </Text>
        </div>
        {outstanding && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle mt-1">
            {outstanding.note}
          </Text>
        )}
      </div>
      <div className="px-6 py-4">
        {link.state === "ready" ? (
          <a
            href={link.href}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Open in Order payments
          </a>
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            {linkWords[link.state]}
          </Text>
        )}
      </div>
    </Container>
  );
}

const abs = (n: bigint) => (n < 0n ? -n : n);
