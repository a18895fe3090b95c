import { act, useEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Dialog } from "@/components/ui/dialog";
import { rehearse } from "./rehearse";

afterEach(() => vi.unstubAllGlobals());

describe("rehearse", () => {
  it("renders a screen hidden and off the page, without running its effects", async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (cb: IdleRequestCallback) => idle.push(cb));
    const seen = { renders: 0, effects: 0 };
    function Panel() {
      seen.renders++;
      useEffect(() => void seen.effects++, []);
      return (
        <Dialog open onOpenChange={() => {}} title="Refund">
          <input aria-label="Amount" />
        </Dialog>
      );
    }
    await act(async () => rehearse("panel", <Panel />));
    // React renders the hidden screen when idle: let it, then run the idle check that drops it.
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(seen.renders).toBeGreaterThan(0);
    expect(seen.effects).toBe(0); // no focus taken, no scroll lock, no request
    expect(document.body.innerHTML).toBe("");
    expect(document.body.style.overflow).toBe("");
    await act(async () => idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 })));
    expect(idle).toHaveLength(0); // dropped: its nodes existed, so no further check was asked for
  });

  it("does nothing where the browser cannot say it is idle", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const Panel = vi.fn(() => null);
    rehearse("idle-less", <Panel />);
    expect(Panel).not.toHaveBeenCalled();
  });

  it("rehearses a screen once a session", async () => {
    vi.stubGlobal("requestIdleCallback", () => 0);
    const Panel = vi.fn(() => null);
    await act(async () => rehearse("twice", <Panel />));
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const renders = Panel.mock.calls.length;
    expect(renders).toBeGreaterThan(0);
    await act(async () => rehearse("twice", <Panel />));
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(Panel.mock.calls.length).toBe(renders);
  });
});
