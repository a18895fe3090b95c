// "← Orders" on an order page returns to the list as the merchant left it: its search, filter
// and page, which the list keeps in its address.
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute, setupMockBackend } from "@/test/render";

setupMockBackend();

const table = () => screen.findByRole("table", { name: /orders/i });

describe("back to the orders list", () => {
  it("names the list in the browser tab", async () => {
    renderRoute("/orders");
    await table();
    await waitFor(() => expect(document.title).toBe("Orders · Order payments"));
  });

  it("returns to the same search and page", async () => {
    const { user, location } = renderRoute("/orders?q=example.com&page=2");
    await table();
    await user.click(await screen.findByRole("link", { name: "#1025" }));
    await screen.findByRole("heading", { level: 1, name: "Order #1025" });

    await user.click(screen.getByRole("link", { name: "← Orders" }));
    expect(location.history?.at(-1)).toBe("/orders?q=example.com&page=2");
    await table();
    expect(screen.getByRole("searchbox", { name: "Search orders" })).toHaveValue("example.com");
    expect(screen.getByRole("link", { name: "#1025" })).toBeInTheDocument();
    expect(screen.getByText(/^21–/)).toBeInTheDocument();
  });

  it("returns to the same payment status filter", async () => {
    const { user, location } = renderRoute("/orders");
    await table();
    await user.selectOptions(screen.getByRole("combobox", { name: "Payment status" }), "Captured");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders?status=captured"));
    await user.click(await screen.findByRole("link", { name: "#1003" }));
    await screen.findByRole("heading", { level: 1, name: "Order #1003" });

    await user.click(screen.getByRole("link", { name: "← Orders" }));
    expect(location.history?.at(-1)).toBe("/orders?status=captured");
    expect(screen.getByRole("combobox", { name: "Payment status" })).toHaveValue("captured");
  });
});
