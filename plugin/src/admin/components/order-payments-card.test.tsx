// @vitest-environment jsdom
// Rendered with the admin's React 18 (from e2e/medusa/node_modules, where plugin/node_modules
// points), and queried with Testing Library's DOM queries, which do not depend on React.
import { screen, within } from "@testing-library/dom";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import type { WidgetOrder } from "../lib/order-words";
import { type AppLink, OrderPaymentsCard } from "./order-payments-card";

// As Medusa's order page passes it: amounts in major units, the exact decimal in raw_*.
const order = (over: Partial<WidgetOrder> = {}, pending: number | null = 70): WidgetOrder => ({
  id: "order_01JWIDGET",
  status: "pending",
  currency_code: "usd",
  payment_status: "partially_captured",
  summary:
    pending === null ? null : { pending_difference: pending, raw_pending_difference: { value: String(pending) } },
  ...over,
});
const ready: AppLink = { state: "ready", href: "http://localhost:9000/payments/orders/order_01JWIDGET" };

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  document.body.innerHTML = "";
});

function show(o: WidgetOrder, link: AppLink = ready) {
  const container = document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  roots.push(root);
  act(() => root.render(<OrderPaymentsCard order={o} link={link} locale="en-US" />));
  return { container };
}

describe("OrderPaymentsCard", () => {
  it("shows the payment status, the amount to collect and a link to the order in the app", () => {
    show(order());
    expect(screen.getByRole("region", { name: "Order payments" })).toBeTruthy();
    expect(screen.getByText("Partially captured")).toBeTruthy();
    expect(screen.getByText("$70.00")).toBeTruthy();
    expect(screen.getByText("To collect from the customer.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Open in Order payments" });
    expect(link.getAttribute("href")).toBe("http://localhost:9000/payments/orders/order_01JWIDGET");
  });

  it("says a negative amount is owed back, without a minus sign", () => {
    show(order({ payment_status: "captured" }, -30));
    expect(screen.getByText("Captured")).toBeTruthy();
    expect(screen.getByText("$30.00")).toBeTruthy();
    expect(screen.getByText("To refund to the customer.")).toBeTruthy();
    expect(screen.queryByText("To collect from the customer.")).toBeNull();
  });

  it("reads the exact raw amount and formats it in the order's currency", () => {
    show({
      ...order({ currency_code: "jpy" }),
      summary: { pending_difference: 1500, raw_pending_difference: { value: "1500" } },
    });
    expect(screen.getByText("¥1,500")).toBeTruthy();
    show({
      ...order({ currency_code: "eur" }),
      summary: { pending_difference: 0.1, raw_pending_difference: { value: "0.30000000000000004" } },
    });
    expect(screen.getByText("€0.30")).toBeTruthy();
  });

  it("collects nothing on a canceled order, as the app says", () => {
    show(order({ status: "canceled", payment_status: "refunded" }, 35));
    expect(screen.getByText("$0.00")).toBeTruthy();
    expect(screen.getByText("Nothing to collect: the order was canceled.")).toBeTruthy();
  });

  it("says so when nothing is outstanding", () => {
    show(order({ payment_status: "captured" }, 0));
    expect(screen.getByText("Nothing is outstanding.")).toBeTruthy();
  });

  it("shows no link until the app's address is known, and why", () => {
    const { container } = show(order(), { state: "none" });
    expect(screen.queryByRole("link")).toBeNull();
    expect(within(container).getByText(/appPath is off/)).toBeTruthy();
  });
});
