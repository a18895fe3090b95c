// The Summary's outstanding amount: every part of it comes with what settles it or why nothing
// will, a canceled order is never collected, and the Payments figures meet it without overlap.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { paymentTitle } from "@/lib/format";

const mock = setupMockBackend();

const orderOf = (displayId: number) => mock.backend.db.orders.find((o) => o.display_id === displayId)!;

async function openOrder(displayId: number) {
  const view = renderRoute(`/orders/${seededOrderId(mock, displayId)}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
  return view;
}

const summary = () => within(screen.getByRole("region", { name: "Summary" }));
const payments = () => within(screen.getByRole("region", { name: "Payments" }));
const value = (scope: ReturnType<typeof within>, term: string) =>
  scope.getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
const settles = () => summary().getByRole("list", { name: "What settles the outstanding amount" });

describe("outstanding amount", () => {
  it("a canceled order: nothing to collect, no way to take money, what Medusa still counts said aloud", async () => {
    await openOrder(1045);
    expect(value(summary(), "Outstanding amount")).toBe("$0.00");
    expect(summary().getByText("Nothing to collect: the order was canceled.")).toBeInTheDocument();
    expect(summary().getByText("Medusa still counts $35.00 as unpaid; it is not collected.")).toBeInTheDocument();
    expect(
      summary().getByText("$35.00 still authorized, never to be captured: the order was canceled."),
    ).toBeInTheDocument();
    for (const name of ["Capture payment", "Mark as paid", "Copy payment link"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(value(payments(), "Authorized, not captured")).toBe("$35.00");
  });

  it("a canceled order keeps its refunds: captured money can still go back", async () => {
    const order = orderOf(1003);
    order.status = "canceled";
    for (const c of order.collections) c.status = "canceled";
    const { user } = await openOrder(1003);
    const payId = order.collections[0]!.payments[0]!.id;
    const row = within(
      screen.getByRole("listitem", { name: paymentTitle({ provider: "pp_system_default", id: payId }) }),
    );
    expect(row.queryByRole("button", { name: "Capture payment" })).not.toBeInTheDocument();
    row.getByRole("button", { name: "Payment actions" }).focus();
    await user.keyboard("{Enter}");
    const menu = await screen.findByRole("menu");
    expect(within(menu).getByRole("menuitem", { name: "Refund" })).not.toHaveAttribute("aria-disabled");
  });

  it("an authorized order: settled by capturing the payment", async () => {
    await openOrder(1001);
    expect(value(summary(), "Outstanding amount")).toBe("$60.00");
    expect(settles()).toHaveTextContent(
      "$60.00 authorized. The money is reserved, not taken: capture the payment to collect it.",
    );
    expect(value(payments(), "Authorized, not captured")).toBe("$60.00");
  });

  it("an awaiting request: says the customer is paying, and since when", async () => {
    await openOrder(1012);
    expect(value(summary(), "Outstanding amount")).toBe("$60.00");
    expect(settles()).toHaveTextContent(/\$60\.00 requested on Oct \d+, 2026\. The customer is paying/);
    expect(settles()).toHaveTextContent("nothing to do until the payment provider confirms it.");
    expect(value(payments(), "Requested from the customer")).toBe("$60.00");
    expect(screen.queryByRole("button", { name: "Mark as paid" })).not.toBeInTheDocument();
  });

  it("a bank step: the customer's to take, nothing to do here", async () => {
    await openOrder(1013);
    expect(settles()).toHaveTextContent(
      /€89\.00 requested on Oct \d+, 2026\. The customer must complete a step with their bank, such as 3-D Secure/,
    );
    expect(payments().getByText("Requires action")).toBeInTheDocument();
  });

  it("a request beyond what the order needs (#1014): the capture settles it, the request is named as extra", async () => {
    await openOrder(1014);
    expect(value(summary(), "Outstanding amount")).toBe("$60.00");
    expect(within(settles()).getAllByRole("listitem")).toHaveLength(1);
    expect(settles()).toHaveTextContent("$60.00 authorized. The money is reserved");
    const beyond = summary().getByRole("list", { name: "Beyond the outstanding amount" });
    expect(beyond).toHaveTextContent(
      /\$15\.00 requested on .* is more than the order needs; paying it would overcharge\./,
    );
    expect(value(payments(), "Authorized, not captured")).toBe("$60.00");
    expect(value(payments(), "Requested from the customer")).toBe("$15.00");
    // Still the customer's to pay if the merchant wants it; marking it paid asks before over-collecting.
    expect(within(within(beyond).getByRole("listitem")).getByRole("button", { name: "Mark as paid" })).toBeEnabled();
  });

  it("an unpaid request: Mark as paid and Copy payment link beside it", async () => {
    await openOrder(1006);
    const item = within(settles()).getByRole("listitem");
    expect(item).toHaveTextContent(
      /\$25\.00 requested on .*\. Nothing is paid yet: send the customer the payment link, or mark it as paid/,
    );
    expect(within(item).getByRole("button", { name: "Mark as paid" })).toBeEnabled();
    expect(within(item).getByRole("button", { name: "Copy payment link" })).toBeEnabled();
  });
});
