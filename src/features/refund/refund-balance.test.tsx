import { fireEvent, screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

const paymentOf = (displayId: number) =>
  mock.backend.db.orders.find((o) => o.display_id === displayId)!.collections[0]!.payments[0]!.id;
const refundRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/refund"));

/** The panel from the Summary's Refund (no payment in the address) or, given one, from a payment's menu. */
async function openRefund(displayId: number, fromPayment = false) {
  const id = seededOrderId(mock, displayId);
  const view = renderRoute(`/orders/${id}/refund${fromPayment ? `?payment=${paymentOf(displayId)}` : ""}`);
  const drawer = await screen.findByRole("dialog", { name: "Refund" });
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  const amount = await within(drawer).findByRole("textbox", { name: "Amount" });
  return { ...view, drawer, amount, note: within(drawer).getByRole("textbox", { name: "Note" }) };
}

/** What the balance preview shows for a term ("Outstanding now", "After this"). */
const shown = (drawer: HTMLElement, term: string) =>
  within(drawer)
    .getAllByRole("term")
    .find((t) => t.textContent === term)?.nextElementSibling as HTMLElement | null;
const submitButton = (drawer: HTMLElement) => within(drawer).getByRole("button", { name: /^Refund(\s\S+)?$/ });
const overpay = (drawer: HTMLElement) => within(drawer).queryByRole("group", { name: "Overpayment" });
const tick = (drawer: HTMLElement) => within(drawer).getByRole("checkbox", { name: "Yes, I mean this amount" });

describe("refund panel: the balance before and after", () => {
  it("shows what is owed now and after the refund as the merchant types", async () => {
    // #1007: 100.00 captured, the total cut to 70.00 by an edit: 30.00 owed back.
    const { user, drawer, amount } = await openRefund(1007);
    expect(shown(drawer, "Outstanding now")).toHaveTextContent("$30.00 owed to the customer");
    expect(shown(drawer, "After this")).toHaveTextContent("nothing outstanding");
    await user.clear(amount);
    await user.type(amount, "12.50");
    expect(shown(drawer, "After this")).toHaveTextContent("$17.50 owed to the customer");
    expect(overpay(drawer)).not.toBeInTheDocument();
  });

  it("asks for a second yes above what is owed, naming the difference; Enter alone sends nothing", async () => {
    const { user, drawer, amount } = await openRefund(1007);
    await user.clear(amount);
    await user.type(amount, "100");
    expect(overpay(drawer)).toHaveTextContent("This refunds $70.00 more than the customer is owed.");
    expect(overpay(drawer)).toHaveTextContent("credit on the order, which lowers the order total");
    expect(shown(drawer, "After this")).toHaveTextContent("nothing outstanding");
    expect(tick(drawer)).not.toBeChecked();

    await user.keyboard("{Enter}");
    expect(
      await within(overpay(drawer)!).findByText("Tick the box to refund the extra $70.00, or lower the amount."),
    ).toBeInTheDocument();
    expect(tick(drawer)).toHaveFocus();
    expect(refundRequests()).toEqual([]);

    await user.keyboard(" ");
    expect(tick(drawer)).toBeChecked();
    expect(within(overpay(drawer)!).queryByText(/Tick the box/)).not.toBeInTheDocument();
    await user.click(submitButton(drawer));
    expect(await screen.findByText("Refunded $100.00.")).toBeInTheDocument();
    expect(refundRequests().map((r) => r.body)).toStrictEqual([{ amount: 100 }]);
  });

  it("un-ticks the confirmation when the amount changes", async () => {
    const { user, drawer, amount } = await openRefund(1007);
    await user.clear(amount);
    await user.type(amount, "90");
    await user.click(tick(drawer));
    await user.type(amount, "{Backspace}5");
    expect(overpay(drawer)).toHaveTextContent("This refunds $65.00 more than the customer is owed.");
    expect(tick(drawer)).not.toBeChecked();
    await user.click(tick(drawer));
    await user.click(within(drawer).getByRole("button", { name: "Refund the maximum, $100.00" }));
    expect(tick(drawer)).not.toBeChecked();
  });

  it("reads any refund as goodwill when nothing is owed back", async () => {
    // #1003: 89.90 captured, fully paid.
    const { user, drawer, amount } = await openRefund(1003, true);
    expect(shown(drawer, "Outstanding now")).toHaveTextContent("nothing outstanding");
    expect(overpay(drawer)).toHaveTextContent(
      "Nothing is owed back on this order: all $89.90 is a goodwill refund beyond the balance.",
    );
    await user.clear(amount);
    expect(overpay(drawer)).not.toBeInTheDocument(); // no amount, nothing to confirm
    await user.type(amount, "5");
    expect(overpay(drawer)).toHaveTextContent("all $5.00 is a goodwill refund");
    await user.click(submitButton(drawer));
    expect(
      await within(drawer).findByText("Tick the box to refund the extra $5.00, or lower the amount."),
    ).toBeVisible();
    expect(refundRequests()).toEqual([]);
  });
});

describe("refund panel: the note", () => {
  it("says who sees it and counts characters as they are seen", async () => {
    const { user, drawer, note } = await openRefund(1003, true);
    expect(note).toHaveAccessibleDescription(
      "Kept with the refund for your team; not sent to the customer. 0/500 characters.",
    );
    await user.click(note);
    await user.paste("😀".repeat(250));
    expect(note).toHaveAccessibleDescription(/ 250\/500 characters\.$/);
    await user.paste("👍🏽".repeat(251));
    expect(note).toHaveAccessibleDescription(/ 501\/500 characters\.$/);
    await user.click(tick(drawer));
    await user.click(submitButton(drawer));
    expect(await within(drawer).findByText("Keep the note to 500 characters at most.")).toBeVisible();
    expect(refundRequests()).toEqual([]);
  });
});

describe("refund panel: when the refund fails", () => {
  it("says nothing was refunded when the server refuses, whatever its words", async () => {
    mock.server.use(
      http.post("*/admin/payments/:id/refund", () =>
        HttpResponse.json({ type: "unknown_error", message: "An unknown error occurred." }, { status: 400 }),
      ),
    );
    const { user, drawer } = await openRefund(1007);
    await user.click(submitButton(drawer));
    expect(await within(drawer).findByRole("alert")).toHaveTextContent(
      "Nothing was refunded. The server said: An unknown error occurred.",
    );
    expect(refundRequests()).toHaveLength(1);
  });

  it("says no refund was sent when the order could not be checked first", async () => {
    mock.backend.db.plugin = false; // only without the plugin does Refund read the order first (decision 003)
    const { user, drawer } = await openRefund(1007);
    mock.server.use(
      http.get("*/admin/orders/:id", () =>
        HttpResponse.json({ type: "not_allowed", message: "The store is read-only for maintenance." }, { status: 400 }),
      ),
    );
    await user.click(submitButton(drawer));
    expect(
      await within(drawer).findByText(
        "Nothing was refunded: the order could not be checked before sending, so no refund was sent. The store is read-only for maintenance.",
      ),
    ).toBeVisible();
    expect(refundRequests()).toEqual([]);
  });
});
