import { act, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { Link, Router, useLocation, useSearch } from "wouter";
import { flushHistory, navigate, useAppLocation, useAppSearch } from "./location";

function Where() {
  const [path] = useLocation();
  const search = useSearch();
  return (
    <>
      <p>at {path + (search ? `?${search}` : "")}</p>
      <Link href="/orders/order_1/refund?payment=pay_1">Refund</Link>
    </>
  );
}

const renderApp = () =>
  render(
    <Router hook={useAppLocation} searchHook={useAppSearch}>
      <Where />
    </Router>,
  );

beforeEach(() => {
  flushHistory();
  act(() => navigate("/orders/order_1", { replace: true }));
  flushHistory();
});

describe("the app's location", () => {
  it("shows the new screen in the click, and writes the address bar just after", async () => {
    renderApp();
    const entries = history.length;
    act(() => screen.getByRole("link", { name: "Refund" }).click());
    expect(screen.getByText("at /orders/order_1/refund?payment=pay_1")).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orders/order_1");
    await waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe("/orders/order_1/refund?payment=pay_1"),
    );
    expect(history.length).toBe(entries + 1);
  });

  it("writes several quick moves in order, a replace replacing the entry before it", async () => {
    renderApp();
    const entries = history.length;
    act(() => {
      navigate("/orders");
      navigate("/orders?q=1003", { replace: true });
      navigate("/orders/order_3");
    });
    expect(screen.getByText("at /orders/order_3")).toBeInTheDocument();
    await waitFor(() => expect(window.location.pathname).toBe("/orders/order_3"));
    expect(history.length).toBe(entries + 2);
    act(() => history.back());
    await waitFor(() => expect(screen.getByText("at /orders?q=1003")).toBeInTheDocument());
  });

  it("follows the browser's Back even before a move has reached the address bar", async () => {
    renderApp();
    act(() => navigate("/orders/order_2"));
    flushHistory();
    act(() => navigate("/orders/order_2/refund"));
    act(() => history.back());
    await waitFor(() => expect(screen.getByText("at /orders/order_1")).toBeInTheDocument());
    // The move that never reached the address bar is dropped, not written after Back.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(window.location.pathname).toBe("/orders/order_1");
  });
});
