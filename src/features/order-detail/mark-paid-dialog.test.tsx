import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

/** #1006: an order edit added 25.00, which Medusa put in a not_paid collection. */
async function openMarkPaid() {
  const id = seededOrderId(mock, 1006);
  const unpaid = mock.backend.db.orders.find((o) => o.id === id)!.collections.find((c) => c.status === "not_paid")!;
  const view = renderRoute(`/orders/${id}`);
  await screen.findByRole("heading", { level: 1, name: "Order #1006" });
  // Toasts live in a module-level queue and outlast a test; start each test without them.
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  expect(outstanding()).toBe("$25.00");
  await view.user.click(screen.getByRole("button", { name: "Mark as paid" }));
  const dialog = await screen.findByRole("dialog", { name: "Mark as paid" });
  return { ...view, id, unpaidId: unpaid.id, dialog };
}

const markRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/mark-as-paid"));
const outstanding = () => {
  const summary = screen.getByRole("region", { name: "Summary" });
  return within(summary).getByText("Outstanding amount").nextElementSibling?.textContent;
};

describe("mark as paid", () => {
  it("names the amount and what will happen before anything is sent", async () => {
    const { dialog } = await openMarkPaid();
    expect(dialog).toHaveAccessibleDescription(/Record \$25\.00 as received outside the store/);
    expect(dialog).toHaveAccessibleDescription(/No payment provider charges the customer/);
    expect(markRequests()).toEqual([]);
  });

  it("posts the order id to the unpaid collection, then shows nothing outstanding", async () => {
    const { user, dialog, id, unpaidId } = await openMarkPaid();
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("Marked $25.00 as paid.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(markRequests()).toHaveLength(1);
    expect(markRequests()[0]!.url.pathname).toBe(`/admin/payment-collections/${unpaidId}/mark-as-paid`);
    expect(markRequests()[0]!.body).toStrictEqual({ order_id: id });

    expect(outstanding()).toBe("$0.00");
    expect(screen.getByText("Nothing is outstanding.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Mark as paid" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Copy payment link" })).not.toBeInTheDocument();
  });

  it("sends an idempotency key with the request", async () => {
    const keys: (string | null)[] = [];
    mock.server.use(
      http.post("*/admin/payment-collections/:id/mark-as-paid", ({ request }) => {
        keys.push(request.headers.get("idempotency-key"));
        // No response: the request goes on to the mock's own handler.
      }),
    );
    const { user, dialog } = await openMarkPaid();
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("Marked $25.00 as paid.")).toBeInTheDocument();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends one request when Confirm is clicked twice quickly", async () => {
    const { dialog } = await openMarkPaid();
    const confirm = within(dialog).getByRole("button", { name: "Confirm" });
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    expect(await screen.findByText("Marked $25.00 as paid.")).toBeInTheDocument();
    expect(markRequests()).toHaveLength(1);
  });

  it("sends nothing on Cancel", async () => {
    const { user, dialog } = await openMarkPaid();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(markRequests()).toEqual([]);
    expect(outstanding()).toBe("$25.00");
    await waitFor(() => expect(screen.getByRole("button", { name: "Mark as paid" })).toHaveFocus());
  });

  it("keeps the dialog open with the server's message when the server refuses", async () => {
    mock.server.use(
      http.post("*/admin/payment-collections/:id/mark-as-paid", () =>
        HttpResponse.json(
          { type: "not_allowed", message: "Can only mark 'not_paid' payment collection as paid" },
          { status: 400 },
        ),
      ),
    );
    const { user, dialog } = await openMarkPaid();
    const confirm = within(dialog).getByRole("button", { name: "Confirm" });
    await user.click(confirm);

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      /^Nothing was marked as paid\. The server said: Can only mark 'not_paid' payment collection as paid$/,
    );
    expect(screen.getByRole("dialog", { name: "Mark as paid" })).toBeInTheDocument();
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(screen.queryByText("Marked $25.00 as paid.")).not.toBeInTheDocument();
  });
});
