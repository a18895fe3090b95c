// Every way an unclear money move can end once the server is asked, on a clock that only moves
// when the loop sleeps.
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { reconcile, type ReconcileDeps } from "./reconcile";

type Order = { records: string[] };
const lost = () => Promise.reject(new ApiError(0, "network_error", "Failed to fetch"));
const refusal = new ApiError(400, "not_allowed", "Payment is already fully refunded.", { medusaBody: true });
const storedFailure = new ApiError(500, "unknown_error", "An unknown error occurred.", {
  medusaBody: true,
  replayed: true,
});
const stillRunning = new ApiError(409, "conflict", "A request with this key is still running.", { medusaBody: true });

/** Reads answer in turn from `reads` (the last repeats); a replay answers from `replays` likewise. */
function run(reads: (Order | "lost")[], replays?: (Error | "ok")[], windowMs = 20_000) {
  let clock = 0;
  const calls = { reads: 0, replays: 0, slept: [] as number[] };
  const next = <T>(list: T[], i: number) => list[Math.min(i, list.length - 1)]!;
  const deps: ReconcileDeps<Order> = {
    read: () => {
      const answer = next(reads, calls.reads++);
      return answer === "lost" ? lost() : Promise.resolve(answer);
    },
    landed: (order) => order.records.includes("new"),
    replay: replays
      ? () => {
          const answer = next(replays, calls.replays++);
          return answer === "ok" ? Promise.resolve({}) : Promise.reject(answer);
        }
      : undefined,
    windowMs,
    sleep: async (ms) => {
      calls.slept.push(ms);
      clock += ms;
    },
    now: () => clock,
  };
  return reconcile(deps).then((verdict) => ({ verdict, calls, clock }));
}

const before = { records: ["old"] };
const after = { records: ["old", "new"] };

describe("reconcile, without the plugin", () => {
  it("is done at once when the first read shows the new record", async () => {
    const { verdict, calls } = await run([after]);
    expect(verdict).toEqual({ kind: "done" });
    expect(calls.slept).toEqual([]);
  });

  it("finds a move that lands while it waits", async () => {
    const { verdict, calls } = await run([before, before, after]);
    expect(verdict).toEqual({ kind: "done" });
    expect(calls.reads).toBe(3);
  });

  it("says nothing moved only once the whole window shows no record, reading at growing gaps", async () => {
    const { verdict, calls, clock } = await run([before]);
    expect(verdict).toEqual({ kind: "not-moved" });
    expect(clock).toBe(20_000);
    expect(calls.slept.slice(0, 5)).toEqual([1000, 2000, 3000, 4000, 4000]);
  });

  it("cannot tell when the last read of the window failed", async () => {
    const { verdict } = await run([before, "lost"]);
    expect(verdict).toEqual({ kind: "unknown" });
  });

  it("with no window, reads once: a record is done, none is not moved", async () => {
    expect((await run([after], undefined, 0)).verdict).toEqual({ kind: "done" });
    const once = await run([before], undefined, 0);
    expect(once.verdict).toEqual({ kind: "not-moved" });
    expect(once.calls.reads).toBe(1);
  });
});

describe("reconcile, with the plugin", () => {
  it("takes the replay's success as done, even when the order does not show it yet", async () => {
    const { verdict, calls } = await run([before], ["ok"]);
    expect(verdict).toEqual({ kind: "done" });
    expect(calls.replays).toBe(1);
  });

  it("hands back Medusa's refusal stored for the key: nothing moved, for that reason", async () => {
    const { verdict } = await run([before], [refusal]);
    expect(verdict).toEqual({ kind: "refused", message: "Payment is already fully refunded." });
  });

  it("after a stored failure, reads once more: no record means nothing moved", async () => {
    const { verdict, calls } = await run([before], [storedFailure]);
    expect(verdict).toEqual({ kind: "not-moved" });
    expect(calls).toMatchObject({ reads: 2, replays: 1, slept: [] });
  });

  it("after a stored failure, a record on the order still counts as done", async () => {
    const { verdict } = await run([before, after], [storedFailure]);
    expect(verdict).toEqual({ kind: "done" });
  });

  it("keeps asking while the first request is still running, then takes its answer", async () => {
    const { verdict, calls } = await run([before], [stillRunning, stillRunning, "ok"]);
    expect(verdict).toEqual({ kind: "done" });
    expect(calls.replays).toBe(3);
  });

  it("cannot tell when the request is still running at the end of the window, though the order reads", async () => {
    const { verdict, clock } = await run([before], [stillRunning]);
    expect(verdict).toEqual({ kind: "unknown" });
    expect(clock).toBe(20_000);
  });

  it("cannot tell when neither the order nor the replay answers", async () => {
    const { verdict } = await run(["lost"], [new ApiError(0, "network_error", "Failed to fetch")]);
    expect(verdict).toEqual({ kind: "unknown" });
  });

  it("takes a success it could not read as done", async () => {
    const { verdict } = await run([before], [new ApiError(200, "invalid_response", "unreadable")]);
    expect(verdict).toEqual({ kind: "done" });
  });
});
