// Order edits in Activity: what each did to the order's total, who confirmed it and when, read from
// the order's changes and its totals at the versions on either side; nothing asked for an order
// never edited, and a failure said rather than a timeline that leaves the edit out.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

async function openOrder(displayId: number) {
  renderRoute(`/orders/${seededOrderId(mock, displayId)}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
}
const activity = () => screen.getByRole("region", { name: "Activity" });
const titles = () =>
  within(activity())
    .getAllByRole("listitem")
    .map((li) => li.querySelector(".font-medium")?.textContent);
const edited = () =>
  within(activity())
    .findByText("Order edited")
    .then((t) => t.closest("li")!);
const asked = (path: RegExp) => mock.requests.filter((r) => r.method === "GET" && path.test(r.url.pathname));

describe("order edits in the activity", () => {
  it("shows an edit that added an item: +$25.00, the totals before and after, and who confirmed it", async () => {
    await openOrder(1006);
    const edit = await edited();
    expect(edit).toHaveTextContent("+$25.00");
    expect(edit).toHaveTextContent("Total $60.00 → $85.00");
    await waitFor(() => expect(edit).toHaveTextContent("by Demo Admin"));
    // The edit comes before the request for the 25.00 it added.
    expect(titles().slice(-2)).toEqual(["Order edited", "Additional payment requested"]);
  });

  it("shows an edit that took an item away as what it took off the total", async () => {
    await openOrder(1007);
    const edit = await edited();
    expect(edit).toHaveTextContent("−$30.00");
    expect(edit).toHaveTextContent("Total $100.00 → $70.00");
  });

  it("asks for the confirmed edits, then the totals of the two versions around each, once", async () => {
    await openOrder(1006);
    await edited();
    const [changes, ...more] = asked(/\/changes$/);
    expect(more).toHaveLength(0);
    expect(Object.fromEntries(changes!.url.searchParams)).toEqual({
      change_type: "edit",
      status: "confirmed",
      fields: "id,version,confirmed_at,confirmed_by",
    });
    const versions = mock.requests
      .filter((r) => r.url.searchParams.has("version"))
      .map((r) => [r.url.searchParams.get("version"), r.url.searchParams.get("fields")]);
    expect(versions.sort()).toEqual([
      ["1", "id,total"],
      ["2", "id,total"],
    ]);
  });

  it("asks nothing more for an order still at its first version", async () => {
    await openOrder(1001);
    await waitFor(() => expect(titles()).toContain("Payment authorized"));
    expect(asked(/\/changes$/)).toHaveLength(0);
    expect(mock.requests.filter((r) => r.url.searchParams.has("version"))).toHaveLength(0);
  });

  it("leaves out an order's other changes: a refund beyond what was owed opens a version, not an edit", async () => {
    await openOrder(1007);
    await edited();
    const order = mock.backend.db.orders.find((o) => o.display_id === 1007)!;
    expect(order.changes.map((c) => c.change_type)).toEqual(["edit"]);
  });

  it("says when the edits could not be loaded, with the server's message, and tries again on request", async () => {
    let fail = true;
    mock.server.use(
      http.get("*/admin/orders/:id/changes", () =>
        fail
          ? HttpResponse.json({ type: "unknown_error", message: "Database unavailable" }, { status: 500 })
          : undefined,
      ),
    );
    await openOrder(1006);
    const alert = await within(activity()).findByRole("alert", {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent("The order's edits could not be loaded: Database unavailable");
    // The rest of the timeline is still there.
    expect(titles()).toContain("Payment captured");
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await edited()).toHaveTextContent("+$25.00");
    expect(within(activity()).queryByRole("alert")).not.toBeInTheDocument();
  });
});
