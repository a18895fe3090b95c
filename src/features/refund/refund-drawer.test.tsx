import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { orderKeys } from "@/api/orders";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { paymentTitle } from "@/lib/format";

const mock = setupMockBackend();

const SHIPPING_ISSUE = "refr_01DEMOSHIPPING0000000000";
const firstPaymentId = (displayId: number) =>
  mock.backend.db.orders.find((o) => o.display_id === displayId)!.collections[0]!.payments[0]!.id;

/** Opens the refund panel over the order; #1003 has 89.90 captured and nothing refunded. */
async function openRefund(displayId = 1003, search?: string) {
  const id = seededOrderId(mock, displayId);
  const payId = firstPaymentId(displayId);
  const view = renderRoute(`/orders/${id}/refund${search ?? `?payment=${payId}`}`);
  const drawer = await screen.findByRole("dialog", { name: "Refund" });
  // Toasts live in a module-level queue and outlast a test; start each test without them.
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  const form = {
    drawer,
    payment: await within(drawer).findByRole("combobox", { name: "Payment" }),
    amount: within(drawer).getByRole("textbox", { name: "Amount" }),
    reason: within(drawer).getByRole("combobox", { name: "Reason" }),
    note: within(drawer).getByRole("textbox", { name: "Note" }),
  };
  return { ...view, ...form, id, payId };
}

const refundRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/refund"));
/** "Refund" or "Refund $15.00"; not "Refund the maximum, …". */
const submitButton = (drawer: HTMLElement) => within(drawer).getByRole("button", { name: /^Refund(\s\S+)?$/ });
/** Gives the second yes a refund beyond what is owed needs (any refund on an order that owes nothing back). */
const tick = (drawer: HTMLElement) => within(drawer).getByRole("checkbox", { name: "Yes, I mean this amount" });
/** Waits until the reasons have loaded into the Reason select. */
const reasonsLoaded = (drawer: HTMLElement) => within(drawer).findByRole("option", { name: "Shipping Issue" });

describe("refund panel", () => {
  it("opens over the order with the payment, its full refundable amount and the reasons", async () => {
    const { drawer, payment, amount, reason, note, payId } = await openRefund();
    expect(drawer).toHaveAccessibleDescription("Send money back to the customer through the payment provider.");
    expect(payment).toHaveValue(payId);
    expect(within(payment).getByRole("option", { selected: true })).toHaveTextContent(
      `Manual payment …${payId.slice(-6)} · $89.90 refundable`,
    );
    expect(amount).toHaveValue("89.90");
    expect(amount).toHaveAccessibleDescription(/Up to \$89\.90/);

    await reasonsLoaded(drawer);
    expect(
      within(reason)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["No reason", "Shipping Issue", "Pricing Error", "Customer Care Adjustment"]);
    expect(reason).toHaveValue("");
    expect(mock.requests.some((r) => r.method === "GET" && r.url.pathname === "/admin/refund-reasons")).toBe(true);

    expect(note).toHaveValue("");
    expect(note).toHaveAccessibleDescription(
      "Kept with the refund for your team; not sent to the customer. 0/500 characters.",
    );
    expect(within(drawer).getByText("Refunds cannot be undone.")).toBeInTheDocument();
    expect(submitButton(drawer)).toHaveAccessibleName("Refund $89.90");
  });

  it("names the typed amount on the submit button", async () => {
    const { user, drawer, amount } = await openRefund();
    await user.clear(amount);
    expect(submitButton(drawer)).toHaveAccessibleName("Refund");
    await user.type(amount, "15");
    expect(submitButton(drawer)).toHaveAccessibleName("Refund $15.00");
  });

  it("sends the amount, reason and note, then closes and says what was refunded", async () => {
    const { user, drawer, amount, reason, note, id, payId, location } = await openRefund();
    await reasonsLoaded(drawer);
    await user.clear(amount);
    await user.type(amount, "15");
    await user.selectOptions(reason, "Shipping Issue");
    await user.type(note, "Box arrived dented");
    await user.click(tick(drawer));
    await user.click(submitButton(drawer));

    expect(await screen.findByText("Refunded $15.00.")).toBeInTheDocument();
    expect(refundRequests()).toHaveLength(1);
    expect(refundRequests()[0]!.url.pathname).toBe(`/admin/payments/${payId}/refund`);
    expect(refundRequests()[0]!.body).toStrictEqual({
      amount: 15,
      refund_reason_id: SHIPPING_ISSUE,
      note: "Box arrived dented",
    });

    expect(location.history?.at(-1)).toBe(`/orders/${id}`);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const row = screen.getByRole("listitem", { name: paymentTitle({ provider: "pp_system_default", id: payId }) });
    expect(within(row).getByText("Partially refunded", { selector: "span" })).toBeInTheDocument();
    expect(within(row).getByRole("listitem")).toHaveTextContent("Shipping Issue · “Box arrived dented”");
  });

  it("leaves out a reason and note that were not given", async () => {
    const { user, drawer, amount, note } = await openRefund();
    await user.clear(amount);
    await user.type(amount, "15");
    await user.type(note, "   ");
    await user.click(tick(drawer));
    await user.click(submitButton(drawer));

    expect(await screen.findByText("Refunded $15.00.")).toBeInTheDocument();
    expect(refundRequests().map((r) => r.body)).toStrictEqual([{ amount: 15 }]);
  });

  it("refuses more than is refundable, at the field, keeping the typed text", async () => {
    const { user, drawer, amount } = await openRefund();
    await user.clear(amount);
    await user.type(amount, "89.91");
    await user.click(submitButton(drawer));

    const message = await within(drawer).findByText("You can refund at most $89.90.");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    expect(amount).toHaveAccessibleDescription(/You can refund at most \$89\.90\./);
    expect(amount).toHaveValue("89.91");
    expect(refundRequests()).toEqual([]);
    expect(screen.getByRole("dialog", { name: "Refund" })).toBeInTheDocument();
  });

  it("fills the limit with Max", async () => {
    const { user, drawer, amount } = await openRefund();
    await user.clear(amount);
    await user.type(amount, "10");
    await user.click(within(drawer).getByRole("button", { name: "Refund the maximum, $89.90" }));

    expect(amount).toHaveValue("89.90");
    expect(submitButton(drawer)).toHaveAccessibleName("Refund $89.90");
  });

  it("Max takes the limit that is left after earlier refunds", async () => {
    // #1004: 75.50 captured, 20.00 already refunded.
    const { user, drawer, amount } = await openRefund(1004);
    expect(amount).toHaveValue("55.50");
    await user.clear(amount);
    await user.click(within(drawer).getByRole("button", { name: "Refund the maximum, $55.50" }));
    expect(amount).toHaveValue("55.50");
    await user.clear(amount);
    await user.type(amount, "55.51");
    await user.click(submitButton(drawer));
    expect(await within(drawer).findByText("You can refund at most $55.50.")).toBeInTheDocument();
    expect(refundRequests()).toEqual([]);
  });

  it("pre-fills what the customer is owed when the order owes money back", async () => {
    // #1007: 100.00 captured, then an edit brought the total to 70.00.
    const { drawer, amount } = await openRefund(1007, "");
    expect(within(drawer).getByText("The customer is owed $30.00.")).toBeInTheDocument();
    expect(amount).toHaveValue("30.00");
    expect(amount).toHaveAccessibleDescription(/Up to \$100\.00/);
    expect(submitButton(drawer)).toHaveAccessibleName("Refund $30.00");
  });

  it("opens from the order's Refund link with what is owed", async () => {
    const id = seededOrderId(mock, 1007);
    const { user, location } = renderRoute(`/orders/${id}`);
    await screen.findByRole("heading", { level: 1, name: "Order #1007" });
    await user.click(within(screen.getByRole("region", { name: "Summary" })).getByRole("link", { name: "Refund" }));

    expect(location.history?.at(-1)).toBe(`/orders/${id}/refund`);
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    expect(await within(drawer).findByRole("textbox", { name: "Amount" })).toHaveValue("30.00");
  });

  it("shows the server's error and keeps what was typed", async () => {
    mock.server.use(
      http.post("*/admin/payments/:id/refund", () =>
        HttpResponse.json(
          { type: "invalid_data", message: "You are not allowed to refund more than the captured amount" },
          { status: 400 },
        ),
      ),
    );
    const { user, drawer, amount, reason, note, id, location } = await openRefund();
    await reasonsLoaded(drawer);
    await user.clear(amount);
    await user.type(amount, "15");
    await user.selectOptions(reason, "Pricing Error");
    await user.type(note, "Charged twice");
    await user.click(tick(drawer));
    await user.click(submitButton(drawer));

    expect(await within(drawer).findByRole("alert")).toHaveTextContent(
      "Nothing was refunded. The server said: You are not allowed to refund more than the captured amount",
    );
    expect(screen.getByRole("dialog", { name: "Refund" })).toBeInTheDocument();
    expect(location.history?.at(-1)).toMatch(new RegExp(`^/orders/${id}/refund`));
    expect(amount).toHaveValue("15");
    expect(reason).toHaveValue("refr_01DEMOPRICING00000000000");
    expect(note).toHaveValue("Charged twice");
    expect(tick(drawer)).toBeChecked();
    await waitFor(() => expect(submitButton(drawer)).toBeEnabled());
    expect(submitButton(drawer)).toHaveAccessibleName("Refund $15.00");
    expect(screen.queryByText("Refunded $15.00.")).not.toBeInTheDocument();
  });

  it("sends one request when the submit button is clicked twice quickly", async () => {
    const { drawer, amount } = await openRefund();
    fireEvent.change(amount, { target: { value: "15" } });
    fireEvent.click(tick(drawer));
    const submit = submitButton(drawer);
    fireEvent.click(submit);
    fireEvent.click(submit);

    expect(await screen.findByText("Refunded $15.00.")).toBeInTheDocument();
    expect(refundRequests()).toHaveLength(1);
  });

  it("sends nothing on Cancel and goes back to the order", async () => {
    const { user, drawer, id, location } = await openRefund();
    await user.click(within(drawer).getByRole("button", { name: "Cancel" }));

    expect(location.history?.at(-1)).toBe(`/orders/${id}`);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(refundRequests()).toEqual([]);
  });

  it("says so when no payment has captured money to refund", async () => {
    // #1001 is authorized only.
    const id = seededOrderId(mock, 1001);
    renderRoute(`/orders/${id}/refund`);
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    expect(
      await within(drawer).findByText("No payment on this order has captured money left to refund."),
    ).toBeInTheDocument();
    expect(within(drawer).queryByRole("textbox", { name: "Amount" })).not.toBeInTheDocument();
  });

  it("picks a refundable payment when the one in the link cannot be refunded", async () => {
    // #1015: the canceled payment has nothing to refund; the first payment has 37.50.
    const canceled = mock.backend.db.orders.find((o) => o.display_id === 1015)!.collections[0]!.payments[2]!.id;
    const { payment, amount } = await openRefund(1015, `?payment=${canceled}`);
    expect(payment).toHaveValue(firstPaymentId(1015));
    expect(within(payment).queryByRole("option", { name: new RegExp(canceled.slice(-6)) })).not.toBeInTheDocument();
    expect(amount).toHaveValue("37.50");
  });
});

describe("refund panel when another tab refunded first", () => {
  it("notices before sending and says at the Payment field that the payment has nothing left", async () => {
    mock.backend.db.plugin = false; // only without the plugin does Refund read the order first (decision 003)
    const { user, drawer, amount, payId, client, id } = await openRefund(1015);
    // The panel re-reads the order once shown; the other tab acts after that.
    await waitFor(() => expect(client.getQueryState(orderKeys.detail(id))?.dataUpdateCount).toBe(2));
    // Someone else refunds the rest of this payment (37.50) while the panel is open.
    const { refundPayment } = await import("../../../mocks/rules");
    refundPayment(mock.backend.db, payId, { amount: 3750 }, null);

    await user.clear(amount);
    await user.type(amount, "10");
    await user.click(tick(drawer));
    await user.click(submitButton(drawer));
    expect(await within(drawer).findByRole("alert")).toHaveTextContent(
      "This order changed since the form opened: now at most $0.00 can be refunded. Check the amount.",
    );
    await user.click(submitButton(drawer));
    expect(
      await within(drawer).findByText("This payment has nothing left to refund. Choose another payment."),
    ).toBeInTheDocument();
    expect(refundRequests()).toHaveLength(0);
  });
});

describe("refund panel freshness", () => {
  it("re-reads the order once shown, so a refund made elsewhere since the page loaded shows in the limit", async () => {
    const id = seededOrderId(mock, 1003);
    const payId = firstPaymentId(1003);
    const { user } = renderRoute(`/orders/${id}`);
    const row = await screen.findByRole("listitem", {
      name: paymentTitle({ provider: "pp_system_default", id: payId }),
    });
    // Another tab refunds 10.00 of the 89.90 after this page loaded.
    const { refundPayment } = await import("../../../mocks/rules");
    refundPayment(mock.backend.db, payId, { amount: 1000 }, null);

    await user.click(within(row).getByRole("button", { name: "Payment actions" }));
    await user.click(await screen.findByRole("menuitem", { name: "Refund" }));
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    const amount = within(drawer).getByRole("textbox", { name: "Amount" });
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/^Up to \$79\.90/));
    const reads = mock.requests.filter((r) => r.method === "GET" && r.url.pathname === `/admin/orders/${id}`);
    expect(reads).toHaveLength(2); // the page's, then the panel's
  });
});
