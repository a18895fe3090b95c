import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

const table = () => screen.findByRole("table", { name: /orders/i });
/** The body rows, each as [order, date, customer, total, outstanding, payment] texts (Intl's no-break spaces made plain). */
function rows(t: HTMLElement) {
  return within(t)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      [within(row).getByRole("rowheader"), ...within(row).getAllByRole("cell")].map((c) =>
        c.textContent.replace(/\s/g, " "),
      ),
    );
}
// With the plugin (the mock's default) the list comes from its /admin/order-payments.
const orderRequests = () => mock.requests.filter((r) => r.url.pathname === "/admin/order-payments");
const lastOrderRequest = () => orderRequests().at(-1)!.url.searchParams;

describe("orders list", () => {
  it("shows the newest orders first with their totals and payment status", async () => {
    renderRoute("/orders");
    expect(screen.getByRole("heading", { level: 1, name: "Orders" })).toBeInTheDocument();
    expect(screen.getByText("Loading orders…")).toBeInTheDocument();

    const list = rows(await table());
    expect(list).toHaveLength(20);
    // $60 less the $25 Medusa refunded when the order was canceled: it books the refund as a credit line.
    // Medusa still counts $35.00 unpaid on it; a canceled order takes no more money.
    expect(list[0]).toEqual([
      "#1045",
      expect.stringMatching(/2026/),
      "Jean Bartik jean.bartik@example.com",
      "$35.00",
      "Canceled",
      "Refunded",
    ]);
    expect(list.map((r) => r[0]).slice(0, 3)).toEqual(["#1045", "#1044", "#1043"]);
    expect(screen.getByText("1–20 of 45")).toBeInTheDocument();
    expect(lastOrderRequest().get("order")).toBe("-created_at");
    expect(lastOrderRequest().get("limit")).toBe("20");
  });

  it("links each order number to its page", async () => {
    const { user, location } = renderRoute("/orders?page=3");
    await table();
    const link = screen.getByRole("link", { name: "#1001" });
    expect(link).toHaveAttribute("href", `/orders/${seededOrderId(mock, 1001)}`);

    await user.click(link);
    expect(location.history?.at(-1)).toBe(`/orders/${seededOrderId(mock, 1001)}`);
    expect(screen.queryByRole("heading", { level: 1, name: "Orders" })).not.toBeInTheDocument();
  });

  it("shows what each order still has to collect or owes back", async () => {
    renderRoute("/orders?page=2");
    const list = rows(await table());
    const outstanding = (id: string) => list.find((r) => r[0] === id)?.[4];
    expect(outstanding("#1006")).toBe("$25.00 to collect");
    expect(outstanding("#1007")).toBe("$30.00 owed back");
    expect(outstanding("#1008")).toBe("—");
  });

  it("formats totals in each order's currency", async () => {
    renderRoute("/orders?page=2");
    const list = rows(await table());
    const total = (id: string) => list.find((r) => r[0] === id)?.[3];
    // ¥11,600 less the ¥1,800 refund, which Medusa books as a credit line on the order.
    expect(total("#1008")).toBe("¥9,800");
    expect(total("#1009")).toBe("KWD 15.095");
    expect(total("#1013")).toBe("€89.00");
  });

  it("searches by order number after a pause in typing", async () => {
    const { user, location } = renderRoute("/orders");
    await table();
    await user.type(screen.getByRole("searchbox", { name: "Search orders" }), "#1003");

    await waitFor(() => expect(rows(screen.getByRole("table"))).toHaveLength(1));
    expect(rows(screen.getByRole("table"))[0]).toEqual([
      "#1003",
      expect.any(String),
      "Alan Turing alan@example.com",
      "$89.90",
      "—",
      "Captured",
    ]);
    expect(lastOrderRequest().get("q")).toBe("#1003"); // the plugin reads "#1003" as that order only
    expect(screen.getByRole("searchbox", { name: "Search orders" })).toHaveValue("#1003");
    expect(location.history?.at(-1)).toBe("/orders?q=%231003");
    // That keystrokes within the pause send one search is search-box.test.tsx's, on a clock it moves.
  });

  it("searches by email and keeps the search in the URL", async () => {
    const { user } = renderRoute("/orders");
    await table();
    await user.type(screen.getByRole("searchbox", { name: "Search orders" }), "grace@");

    await waitFor(() =>
      expect(rows(screen.getByRole("table")).map((r) => r[2])).toEqual(["Grace Hopper grace@example.com"]),
    );
    expect(lastOrderRequest().get("q")).toBe("grace@");
  });

  it("keeps typing that continues after a search was sent", async () => {
    const { user, location } = renderRoute("/orders");
    await table();
    const box = screen.getByRole("searchbox", { name: "Search orders" });
    await user.type(box, "gra");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders?q=gra"));

    // A trailing space is trimmed from the request but stays in the box.
    await user.type(box, "ce ");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders?q=grace"));
    expect(box).toHaveValue("grace ");
    await user.type(box, "{Backspace}@");
    expect(box).toHaveValue("grace@");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders?q=grace%40"));
    expect(box).toHaveValue("grace@");
    // Refining a search replaces its history entry rather than adding one per pause.
    expect(location.history).toEqual(["/orders", "/orders?q=grace%40"]);
  });

  it("follows the URL when it changes elsewhere, as with the back button", async () => {
    const { location } = renderRoute("/orders?q=grace");
    expect(rows(await table()).map((r) => r[0])).toEqual(["#1002"]);

    act(() => location.navigate("/orders?q=1003"));
    expect(screen.getByRole("searchbox", { name: "Search orders" })).toHaveValue("1003");
    await waitFor(() => expect(rows(screen.getByRole("table")).map((r) => r[0])).toEqual(["#1003"]));
  });

  it("opens a shared search link with the box filled in", async () => {
    renderRoute("/orders?q=ada%40example.com");
    expect(rows(await table()).map((r) => r[0])).toEqual(["#1001"]);
    expect(screen.getByRole("searchbox", { name: "Search orders" })).toHaveValue("ada@example.com");
  });

  it("filters by payment status", async () => {
    const { user, location } = renderRoute("/orders");
    await table();
    await user.selectOptions(screen.getByRole("combobox", { name: "Payment status" }), "Refunded");

    await waitFor(() => expect(lastOrderRequest().getAll("payment_status[]")).toEqual(["refunded"]));
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    const list = rows(screen.getByRole("table"));
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((r) => r[5]))).toEqual(new Set(["Refunded"]));
    expect(list.map((r) => r[0])).toContain("#1005");
    expect(location.history?.at(-1)).toBe("/orders?status=refunded");
  });

  it("offers every status in the filter", async () => {
    renderRoute("/orders");
    const select = screen.getByRole("combobox", { name: "Payment status" });
    const options = within(select)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options[0]).toBe("All statuses");
    expect(options).toContain("Partially refunded");
    expect(options).not.toContain("Chargeback");
  });

  it("pages through the orders twenty at a time", async () => {
    const { user, location } = renderRoute("/orders");
    await table();
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("21–40 of 45")).toBeInTheDocument();
    expect(
      rows(screen.getByRole("table"))
        .map((r) => r[0])
        .slice(0, 2),
    ).toEqual(["#1025", "#1024"]);
    expect(lastOrderRequest().get("offset")).toBe("20");
    expect(location.history?.at(-1)).toBe("/orders?page=2");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("41–45 of 45")).toBeInTheDocument();
    expect(rows(screen.getByRole("table")).map((r) => r[0])).toEqual(["#1005", "#1004", "#1003", "#1002", "#1001"]);
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText("21–40 of 45")).toBeInTheDocument();
  });

  it("starts a new search on the first page", async () => {
    const { user, location } = renderRoute("/orders?page=2");
    await screen.findByText("21–40 of 45");
    await user.selectOptions(screen.getByRole("combobox", { name: "Payment status" }), "Captured");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders?status=captured"));
    expect(lastOrderRequest().get("offset")).toBe("0");
  });

  it("says when nothing matches and clears the filters", async () => {
    const { user, location } = renderRoute("/orders?q=nobody%40nowhere.test&status=captured");
    expect(await screen.findByText("No orders match")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(rows(await table())).toHaveLength(20);
    expect(location.history?.at(-1)).toBe("/orders");
    expect(screen.getByRole("searchbox", { name: "Search orders" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Payment status" })).toHaveValue("");
  });

  it("shows the server's message when the list fails, and tries again", async () => {
    mock.server.use(
      http.get(
        "*/admin/order-payments",
        () => HttpResponse.json({ type: "unknown_error", message: "Database is down" }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderRoute("/orders");
    const alert = await screen.findByRole("alert", { name: "The orders could not be loaded." });
    expect(alert).toHaveTextContent("Database is down");

    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(rows(await table())).toHaveLength(20);
    expect(screen.queryByText("Database is down")).not.toBeInTheDocument();
  });
});

describe("orders list on a server without the plugin", () => {
  const medusaListRequests = () => mock.requests.filter((r) => r.url.pathname === "/admin/orders");

  it("offers no payment-status filter and says what the plugin adds", async () => {
    mock.backend.db.plugin = false;
    renderRoute("/orders");
    expect(rows(await table())).toHaveLength(20);
    expect(screen.queryByRole("combobox", { name: "Payment status" })).not.toBeInTheDocument();
    expect(screen.getByText(/Filtering by payment status needs the medusa-order-payments plugin/)).toHaveTextContent(
      "“The Medusa plugin” in this app's README",
    );
    expect(medusaListRequests()).toHaveLength(1);
  });

  it("says a filter in the address cannot be applied instead of showing every order", async () => {
    mock.backend.db.plugin = false;
    const { user, location } = renderRoute("/orders?status=captured");
    expect(await screen.findByText("Orders cannot be filtered by payment status on this server.")).toBeInTheDocument();
    expect(screen.getByText(/This link asks for “Captured” orders/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(medusaListRequests()).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Show all orders" }));
    expect(rows(await table())).toHaveLength(20);
    expect(location.history?.at(-1)).toBe("/orders");
  });

  it("still searches, through Medusa's own list", async () => {
    mock.backend.db.plugin = false;
    renderRoute("/orders?q=grace");
    expect(rows(await table()).map((r) => r[0])).toEqual(["#1002"]);
    expect(medusaListRequests().at(-1)!.url.searchParams.get("q")).toBe("grace");
  });
});
