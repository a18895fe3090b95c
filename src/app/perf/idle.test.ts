import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./idle";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("whenIdle", () => {
  it("runs the work once the loaded page has been quiet for a second and the browser is idle", () => {
    vi.useFakeTimers();
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (cb: IdleRequestCallback) => idle.push(cb));
    const work = vi.fn();
    whenIdle(work);
    vi.advanceTimersByTime(999);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 }));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("does nothing once cancelled, as when the screen that asked was left", () => {
    vi.useFakeTimers();
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal("requestIdleCallback", (cb: IdleRequestCallback) => idle.push(cb));
    const work = vi.fn();
    const cancel = whenIdle(work);
    vi.advanceTimersByTime(1000);
    cancel();
    idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 }));
    vi.advanceTimersByTime(5000);
    expect(work).not.toHaveBeenCalled();
  });
});
