import { fireEvent, screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

/** #1006: an order edit added 25.00, which Medusa put in a not_paid collection. */
async function openRecord() {
  const id = seededOrderId(mock, 1006);
  const order = () => mock.backend.db.orders.find((o) => o.id === id)!;
  const openId = order().collections.find((c) => c.status === "not_paid")!.id;
  const view = renderRoute(`/orders/${id}`);
  await screen.findByRole("heading", { level: 1, name: "Order #1006" });
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  await view.user.click(screen.getByRole("button", { name: "Record payment" }));
  const dialog = await screen.findByRole("dialog", { name: "Record payment" });
  const amount = within(dialog).getByLabelText("Amount received");
  return { ...view, id, order, openId, dialog, amount };
}

const writes = () => mock.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.url.pathname}`);
const outstanding = () => {
  const summary = screen.getByRole("region", { name: "Summary", hidden: true }); // behind an open dialog too
  return within(summary).getByText("Outstanding amount").nextElementSibling?.textContent;
};
const openRequests = (collections: { status: string; amount: number }[]) =>
  collections.filter((c) => c.status === "not_paid").map((c) => c.amount);

describe("record payment", () => {
  it("starts at the outstanding amount, with a labelled method and reference", async () => {
    const { dialog, amount } = await openRecord();
    expect(amount).toHaveValue("25.00");
    expect(within(dialog).getByLabelText("Payment method")).toHaveValue("cash");
    expect(within(dialog).getByRole("option", { name: "Bank transfer" })).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Reference")).toHaveValue("");
    expect(writes()).toEqual([]);
  });

  it("refuses more than is outstanding beside the field, and sends nothing", async () => {
    const { user, dialog, amount } = await openRecord();
    await user.clear(amount);
    await user.type(amount, "25.01");
    await user.click(within(dialog).getByRole("button", { name: "Record $25.01" }));
    expect(await within(dialog).findByText("At most the $25.00 outstanding can be recorded.")).toBeInTheDocument();
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(writes()).toEqual([]);
  });

  it("records 10.00 of 25.00: 15.00 stays outstanding on a new request, the method and reference kept", async () => {
    const { user, dialog, amount, order, openId, id } = await openRecord();
    await user.clear(amount);
    await user.type(amount, "10");
    await user.selectOptions(within(dialog).getByLabelText("Payment method"), "bank_transfer");
    await user.type(within(dialog).getByLabelText("Reference"), "TRX-7");
    await user.click(within(dialog).getByRole("button", { name: "Record $10.00" }));

    expect(await screen.findByText("Recorded $10.00.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(outstanding()).toBe("$15.00");
    expect(screen.getByRole("button", { name: "Copy payment link" })).toBeInTheDocument();
    expect(screen.getByText("Received: Bank transfer, reference TRX-7")).toBeInTheDocument();

    expect(openRequests(order().collections)).toEqual([1500]);
    expect(order().collections.some((c) => c.id === openId)).toBe(false);
    expect(writes()).toEqual([
      "POST /admin/payment-collections",
      expect.stringMatching(/^POST \/admin\/payment-collections\/pay_col_\w+\/mark-as-paid$/),
      `POST /admin/orders/${id}`,
      `DELETE /admin/payment-collections/${openId}`,
      "POST /admin/payment-collections",
    ]);
  });

  it("records the whole amount by marking the open request as paid", async () => {
    const { user, dialog, order, openId } = await openRecord();
    await user.click(within(dialog).getByRole("button", { name: "Record $25.00" }));

    expect(await screen.findByText("Recorded $25.00.")).toBeInTheDocument();
    expect(outstanding()).toBe("$0.00");
    expect(openRequests(order().collections)).toEqual([]);
    expect(writes()[0]).toBe(`POST /admin/payment-collections/${openId}/mark-as-paid`);
    expect(writes()).toHaveLength(2);
  });

  it("says what happened when the open request could not be changed after the payment was recorded", async () => {
    mock.server.use(
      http.delete("*/admin/payment-collections/:id", () =>
        HttpResponse.json({ type: "not_allowed", message: "Not now." }, { status: 400 }),
      ),
    );
    const { user, dialog, amount, order } = await openRecord();
    await user.clear(amount);
    await user.type(amount, "10");
    await user.click(within(dialog).getByRole("button", { name: "Record $10.00" }));

    expect(
      await within(dialog).findByText(
        /^Recorded \$10\.00\. The open request could not be changed to \$15\.00: Not now\. Its payment link still asks for the old amount/,
      ),
    ).toBeInTheDocument();
    expect(outstanding()).toBe("$15.00");
    expect(openRequests(order().collections)).toEqual([2500]);
  });

  it("says nothing was recorded when the payment is refused, and takes back the request it made", async () => {
    mock.server.use(
      http.post("*/admin/payment-collections/:id/mark-as-paid", () =>
        HttpResponse.json({ type: "not_allowed", message: "No." }, { status: 400 }),
      ),
    );
    const { user, dialog, amount, order } = await openRecord();
    await user.clear(amount);
    await user.type(amount, "10");
    await user.click(within(dialog).getByRole("button", { name: "Record $10.00" }));

    expect(await within(dialog).findByText("Nothing was recorded. The server said: No.")).toBeInTheDocument();
    expect(outstanding()).toBe("$25.00");
    expect(openRequests(order().collections)).toEqual([2500]);
  });
});
