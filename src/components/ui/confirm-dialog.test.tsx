import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "./confirm-dialog";

// A page with one button that asks before it acts, as a caller is meant to use the dialog.
function Asker({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Erase all
      </button>
      {asking && (
        <ConfirmDialog
          title="Erase all?"
          description="Every note is erased."
          confirmLabel="Erase"
          onConfirm={() => {
            onConfirm();
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}

function setup() {
  const user = userEvent.setup();
  const onConfirm = vi.fn();
  render(<Asker onConfirm={onConfirm} />);
  const opener = screen.getByRole("button", { name: "Erase all" });
  return { user, onConfirm, opener };
}

describe("confirm dialog", () => {
  it("says what the action does and starts on Cancel, so Enter alone does nothing", async () => {
    const { user, onConfirm, opener } = setup();
    await user.click(opener);
    const dialog = await screen.findByRole("dialog", { name: "Erase all?" });
    expect(dialog).toHaveAccessibleDescription("Every note is erased.");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();

    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(onConfirm).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();
  });

  it("gives focus back to the button that opened it on Escape", async () => {
    const { user, onConfirm, opener } = setup();
    opener.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("dialog", { name: "Erase all?" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("goes ahead from the keyboard: Tab to the action, then Enter", async () => {
    const { user, onConfirm, opener } = setup();
    await user.click(opener);
    await screen.findByRole("dialog", { name: "Erase all?" });
    await user.tab();
    expect(screen.getByRole("button", { name: "Erase" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("cannot be dismissed while the action runs", async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog
        title="Erase all?"
        description="Every note is erased."
        confirmLabel="Erase"
        busy
        onConfirm={vi.fn()}
        onCancel={onCancel}
      />,
    );
    const dialog = await screen.findByRole("dialog", { name: "Erase all?" });
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Erase" })).toHaveAttribute("aria-busy", "true");
    await user.keyboard("{Escape}");
    expect(dialog).toBeInTheDocument();
    expect(onCancel).not.toHaveBeenCalled();
  });
});
