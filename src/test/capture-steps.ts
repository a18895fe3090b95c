// The step most capture tests start with: the order page of a seeded order, its Capture payment
// dialog open, and the controls a merchant uses in it.
import { fireEvent, screen, within } from "@testing-library/react";
import { renderRoute, seededOrderId, type setupMockBackend } from "./render";

export async function openCaptureDialog(mock: ReturnType<typeof setupMockBackend>, displayId: number) {
  const id = seededOrderId(mock, displayId);
  const payId = mock.backend.db.orders.find((o) => o.id === id)!.collections[0]!.payments[0]!.id;
  const view = renderRoute(`/orders/${id}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
  // Toasts live in a module-level queue and outlast a test; start each test without them.
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  await view.user.click(screen.getByRole("button", { name: "Capture payment" }));
  const dialog = await screen.findByRole("dialog", { name: "Capture payment" });
  const amount = within(dialog).getByRole("textbox", { name: "Amount to capture" });
  const confirm = within(dialog).getByRole("button", { name: "Confirm" });
  return { ...view, id, payId, dialog, amount, confirm };
}
