import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Menu } from "./menu";

// The row menu, by keyboard and by pointer, however often it is opened.
function setup({ refundDisabled = false } = {}) {
  const user = userEvent.setup();
  const refund = vi.fn();
  const details = vi.fn();
  render(
    <>
      <button type="button">Before</button>
      <Menu
        label="Payment actions"
        trigger="⋯"
        items={[
          { label: "Refund", disabled: refundDisabled, onSelect: refund },
          { label: "View details", onSelect: details },
        ]}
      />
    </>,
  );
  const trigger = () => screen.getByRole("button", { name: "Payment actions" });
  return { user, refund, details, trigger };
}

describe("row menu", () => {
  it("is a closed menu button", () => {
    const { trigger } = setup();
    expect(trigger()).toHaveAttribute("aria-haspopup", "menu");
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("opens from the keyboard with the first item in focus, and Escape gives focus back", async () => {
    const { user, trigger } = setup();
    await user.tab();
    await user.tab();
    expect(trigger()).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("menu");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Refund" })).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "View details" })).toHaveFocus();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
  });

  it("puts focus on the first item that can be chosen", async () => {
    const { user, trigger } = setup({ refundDisabled: true });
    trigger().focus();
    await user.keyboard("{ArrowDown}");
    await screen.findByRole("menu");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "View details" })).toHaveFocus());
    expect(screen.getByRole("menuitem", { name: "Refund" })).toHaveAttribute("aria-disabled", "true");
  });

  it("opens on a press, runs the chosen action once, and opens again the same way", async () => {
    const { user, refund, details, trigger } = setup();
    await user.click(trigger());
    await user.click(await screen.findByRole("menuitem", { name: "Refund" }));
    expect(refund).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(trigger()).toHaveFocus();

    await user.click(trigger());
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    await user.click(await screen.findByRole("menuitem", { name: "View details" }));
    expect(details).toHaveBeenCalledTimes(1);
    expect(refund).toHaveBeenCalledTimes(1);
  });

  it("moves by Home, End and a first letter, and Space or Enter chooses without opening the menu again", async () => {
    const { user, details, refund, trigger } = setup();
    trigger().focus();
    await user.keyboard("{ArrowUp}");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "View details" })).toHaveFocus());
    await user.keyboard("{Home}");
    expect(screen.getByRole("menuitem", { name: "Refund" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "View details" })).toHaveFocus();
    await user.keyboard("r");
    expect(screen.getByRole("menuitem", { name: "Refund" })).toHaveFocus();
    await user.keyboard(" ");
    expect(refund).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Refund" })).toHaveFocus());
    await user.keyboard("{ArrowDown}{Enter}");
    expect(details).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("closes on a press elsewhere and leaves focus where the press put it", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    await screen.findByRole("menu");
    await user.click(screen.getByRole("button", { name: "Before" }));
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Before" })).toHaveFocus();
  });
});
