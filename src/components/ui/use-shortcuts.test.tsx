import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Dialog } from "./dialog";
import { useShortcuts } from "./use-shortcuts";

// A page with one shortcut, `c`, that says when it ran; a field, an editable note and a dialog.
function Page({ dialog = false }) {
  const [ran, setRan] = useState(0);
  useShortcuts({ c: () => setRan((n) => n + 1), x: false });
  return (
    <>
      <p>Ran {ran} times</p>
      <label>
        Note <input />
      </label>
      <label>
        Comment <textarea />
      </label>
      <div role="textbox" aria-label="Rich text" tabIndex={0} contentEditable suppressContentEditableWarning />
      <Dialog open={dialog} onOpenChange={() => {}} title="Open dialog">
        <button type="button">Inside</button>
      </Dialog>
    </>
  );
}

describe("keyboard shortcuts", () => {
  it("run on their key, and other keys do nothing", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard("c");
    await user.keyboard("xC");
    expect(screen.getByText("Ran 1 times")).toBeInTheDocument();
  });

  it("do not fire while typing in a field", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(screen.getByLabelText("Note"), "cc");
    await user.type(screen.getByLabelText("Comment"), "c");
    await user.click(screen.getByRole("textbox", { name: "Rich text" }));
    await user.keyboard("c");
    expect(screen.getByLabelText("Note")).toHaveValue("cc");
    expect(screen.getByText("Ran 0 times")).toBeInTheDocument();
  });

  it("do not fire with Ctrl, Meta or Alt held", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard("{Control>}c{/Control}{Meta>}c{/Meta}{Alt>}c{/Alt}");
    expect(screen.getByText("Ran 0 times")).toBeInTheDocument();
  });

  it("do not fire while a dialog is open", async () => {
    const user = userEvent.setup();
    render(<Page dialog />);
    await user.keyboard("c");
    expect(screen.getByRole("dialog", { name: "Open dialog" })).toBeInTheDocument();
    expect(screen.getByText("Ran 0 times")).toBeInTheDocument();
  });
});
