// What the money is for and who moved it: the order page's items, customer, and the staff
// named on its activity and in a payment's details, asked for in one request.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { returnWords } from "./order-contents";

const mock = setupMockBackend();

async function openOrder(displayId: number, rest = "") {
  renderRoute(`/orders/${seededOrderId(mock, displayId)}${rest}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
}
const region = (name: string) => screen.getByRole("region", { name });
const events = () => within(region("Activity")).getAllByRole("listitem");
const usersAsked = () => mock.requests.filter((r) => r.url.pathname === "/admin/users");

describe("the order's items and customer", () => {
  it("lists each item with its quantity, unit price, line total and returns", async () => {
    await openOrder(1005);
    const [item] = within(region("Items")).getAllByRole("listitem");
    expect(item).toHaveTextContent("Shortest Path Tee");
    expect(item).toHaveTextContent("M · 1 × $29.99");
    expect(item).toHaveTextContent("1 returned");
    expect(item).toHaveTextContent("$29.99");
  });

  it("leaves out a variant that only says Default, and sums the line", async () => {
    await openOrder(1007);
    const [item] = within(region("Items")).getAllByRole("listitem");
    expect(item).toHaveTextContent(/^Art of Mugs2 × \$30\.00\$60\.00$/);
  });

  it("names the customer and their email", async () => {
    await openOrder(1004);
    const customer = region("Customer");
    expect(within(customer).getByText("Katherine Johnson")).toBeInTheDocument();
    expect(within(customer).getByText("katherine@example.com")).toBeInTheDocument();
  });
});

describe("the activity", () => {
  it("starts with the order placed and ends with its cancellation", async () => {
    await openOrder(1010);
    const titles = events().map((li) => li.querySelector(".font-medium")?.textContent);
    expect(titles[0]).toBe("Order placed");
    expect(titles.at(-1)).toBe("Order canceled");
  });

  it("names who captured and who refunded, asking for both in one request", async () => {
    await openOrder(1004);
    await waitFor(() => expect(within(region("Activity")).getByText(/by Riley Chen/)).toBeInTheDocument());
    const captured = events().find((li) => li.textContent?.includes("Payment captured"))!;
    expect(captured).toHaveTextContent("by Demo Admin");
    expect(usersAsked()).toHaveLength(1);
    expect(usersAsked()[0]!.url.searchParams.get("fields")).toBe("id,email,first_name,last_name");
  });

  it("names nobody when the users request fails, and the page still shows", async () => {
    mock.server.use(http.get("*/admin/users", () => HttpResponse.json({ message: "boom" }, { status: 500 })));
    await openOrder(1004);
    await waitFor(() => expect(usersAsked()).toHaveLength(1));
    expect(within(region("Activity")).getByText("Payment captured")).toBeInTheDocument();
    expect(within(region("Activity")).queryByText(/ by /)).not.toBeInTheDocument();
  });

  it("names nobody for a user the server does not know", async () => {
    const order = mock.backend.db.orders.find((o) => o.display_id === 1003)!;
    order.collections[0]!.payments[0]!.captures[0]!.created_by = "user_01GONE0000000000000000000";
    await openOrder(1003);
    await waitFor(() => expect(usersAsked()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(within(region("Activity")).queryByText(/ by /)).not.toBeInTheDocument();
  });
});

describe("a payment's details", () => {
  it("names who captured and refunded without asking again", async () => {
    const payment = mock.backend.db.orders.find((o) => o.display_id === 1004)!.collections[0]!.payments[0]!;
    await openOrder(1004);
    await waitFor(() => expect(within(region("Activity")).getByText(/by Riley Chen/)).toBeInTheDocument());
    fireEvent.click(within(region("Payments")).getByRole("link", { name: `Manual payment …${payment.id.slice(-6)}` }));
    const dialog = await screen.findByRole("dialog", { name: "Payment details" });
    expect(await within(dialog).findByText(/by Riley Chen/)).toBeInTheDocument();
    expect(within(dialog).getByText("by Demo Admin")).toBeInTheDocument();
    expect(within(dialog).getByText(payment.id)).toBeInTheDocument();
    expect(usersAsked()).toHaveLength(1);
  });
});

describe("returnWords", () => {
  it.each([
    [{ returned: 0, returnRequested: 0 }, ""],
    [{ returned: 2, returnRequested: 0 }, "2 returned"],
    [{ returned: 1, returnRequested: 1 }, "1 returned · 1 return requested"],
  ])("%o -> %s", (item, words) => expect(returnWords(item)).toBe(words));
});
