// Mark as paid and the order's balance: the outstanding amount before and after, a word about
// authorized money still waiting for capture, and a second yes before recording more than the total.
// Each request here covers some of what is outstanding, so the Summary offers to mark it as paid.
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { confirmEditAddItem, createCollection, deleteCollection } from "../../../mocks/rules";

const mock = setupMockBackend();

async function openMarkPaid(displayId: number) {
  const id = seededOrderId(mock, displayId);
  const view = renderRoute(`/orders/${id}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
  // Toasts live in a module-level queue and outlast a test; start each test without them.
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  await view.user.click(screen.getByRole("button", { name: "Mark as paid" }));
  const dialog = await screen.findByRole("dialog", { name: "Mark as paid" });
  return { ...view, dialog };
}

const orderOf = (displayId: number) => mock.backend.db.orders.find((o) => o.id === seededOrderId(mock, displayId))!;
const markRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/mark-as-paid"));
/** The preview's figures: "Outstanding now" and "After this". */
const preview = (dialog: HTMLElement) =>
  Object.fromEntries(
    within(dialog)
      .getAllByRole("term")
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

describe("mark as paid and the order's balance", () => {
  it("shows the outstanding amount now and once the request is marked as paid", async () => {
    const { dialog } = await openMarkPaid(1006); // 25.00 requested after an order edit
    expect(preview(dialog)).toEqual({ "Outstanding now": "$25.00 to collect", "After this": "nothing outstanding" });
    expect(within(dialog).queryByRole("checkbox")).not.toBeInTheDocument();
    expect(within(dialog).queryByText(/authorized and not yet captured/)).not.toBeInTheDocument();
  });

  it("warns when capturing the authorized payment in full afterwards would collect more than the total", async () => {
    // #1002 after an order edit added 10.00: 80.00 outstanding, 70.00 of it authorized and not captured;
    // the payment request for the rest was made out for 15.00.
    const db = mock.backend.db;
    const order = orderOf(1002);
    confirmEditAddItem(db, order, "Gift Wrap", 1000);
    deleteCollection(db, order.collections.find((c) => c.status === "not_paid")!.id);
    createCollection(db, order.id, 1500);
    const { dialog } = await openMarkPaid(1002);
    expect(preview(dialog)).toEqual({ "Outstanding now": "$80.00 to collect", "After this": "$65.00 to collect" });
    expect(
      within(dialog).getByText(
        "This order also has $70.00 authorized and not yet captured. Once this is marked as paid, capturing more than $65.00 of it collects more than the order total.",
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("asks for an explicit yes before recording more than the order total, and sends nothing without it", async () => {
    // #1011: a 45.00 order, nothing paid; its payment request was made out for 60.00.
    const db = mock.backend.db;
    const order = orderOf(1011);
    deleteCollection(db, order.collections[0]!.id);
    createCollection(db, order.id, 6000);
    const { user, dialog } = await openMarkPaid(1011);
    expect(preview(dialog)).toEqual({
      "Outstanding now": "$45.00 to collect",
      "After this": "$15.00 owed to the customer",
    });
    expect(within(dialog).getByText("This collects $15.00 more than the order total.")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await within(dialog).findByText("Tick “Yes, I mean this amount” to mark it as paid.")).toBeInTheDocument();
    expect(markRequests()).toEqual([]);

    await user.click(within(dialog).getByRole("checkbox", { name: "Yes, I mean this amount" }));
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Marked $60.00 as paid.")).toBeInTheDocument();
    expect(markRequests()).toHaveLength(1);
  });
});
