// The order page's header: the order's own status where it is not simply open, the payment
// status as the payments show it, and what each means, readable without hovering anything.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { capturePayment, refundPayment } from "../../../mocks/rules";
import { paymentTitle } from "@/lib/format";

const mock = setupMockBackend();

const orderOf = (displayId: number) => mock.backend.db.orders.find((o) => o.display_id === displayId)!;

async function openOrder(displayId: number) {
  renderRoute(`/orders/${seededOrderId(mock, displayId)}`);
  const heading = await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
  return { badges: within(heading.parentElement!), note: screen.getByRole("note", { name: "What the status means" }) };
}

describe("order header", () => {
  it("says an order is canceled, beside its payment status", async () => {
    const { badges, note } = await openOrder(1045);
    expect(badges.getByText("Order canceled")).toBeInTheDocument();
    expect(badges.getByText("Refunded")).toBeInTheDocument();
    expect(note).toHaveTextContent("Order canceled. It takes no new payments; captured money can still be refunded.");
    expect(note).toHaveTextContent("Refunded. Everything collected went back to the customer.");
  });

  it("shows no order status for an open order", async () => {
    const { badges, note } = await openOrder(1001);
    expect(badges.queryByText(/canceled|draft|archived|completed/i)).not.toBeInTheDocument();
    expect(badges.getByText("Authorized")).toBeInTheDocument();
    expect(note).toHaveTextContent("Authorized. The money is reserved, not taken: capture the payment to collect it.");
  });

  it("names the action a bank step needs, and that it is the customer's", async () => {
    const { badges, note } = await openOrder(1013);
    expect(badges.getByText("Requires action")).toBeInTheDocument();
    expect(note).toHaveTextContent(
      "The customer must complete a step with their bank, such as 3-D Secure; nothing to do here until they do.",
    );
    expect(screen.queryByRole("button", { name: "Capture payment" })).not.toBeInTheDocument();
  });

  it("goes by the payments where Medusa's status is wrong, and says what Medusa reported", async () => {
    // #1002: $50.00 of $120.00 captured; a $10.00 refund makes Medusa score it half captured and half refunded.
    const payment = orderOf(1002).collections[0]!.payments[0]!;
    refundPayment(mock.backend.db, payment.id, { amount: 1000 }, null);
    const { badges, note } = await openOrder(1002);
    expect(badges.getByText("Partially refunded")).toBeInTheDocument();
    expect(badges.queryByText("Refunded")).not.toBeInTheDocument();
    expect(note).toHaveTextContent("Medusa reports “Refunded”");
    expect(note).toHaveTextContent("This page goes by the payments below.");
    const row = within(
      screen.getByRole("listitem", { name: paymentTitle({ provider: payment.provider_id, id: payment.id }) }),
    );
    expect(row.getByText("Partially refunded", { selector: "span" })).toBeInTheDocument();
  });

  it("adds no note on Medusa's status where it agrees with the payments", async () => {
    const payment = orderOf(1001).collections[0]!.payments[0]!;
    capturePayment(mock.backend.db, payment.id, 2000, null);
    const { badges, note } = await openOrder(1001);
    expect(badges.getByText("Partially captured")).toBeInTheDocument();
    expect(note).not.toHaveTextContent("Medusa reports");
  });

  it("names the order in the browser tab, and links a direct visit back to the whole list", async () => {
    await openOrder(1003);
    await waitFor(() => expect(document.title).toBe("Order #1003 · Order payments"));
    expect(screen.getByRole("link", { name: "← Orders" })).toHaveAttribute("href", "/orders");
  });
});
