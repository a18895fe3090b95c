// @vitest-environment node
// The fault kinds a proxy in front of Medusa produces, through fetch against the mock behind
// msw/node: "error-after" (applied, then the gateway's error page instead of the answer) and
// "error-while-running" (the gateway's error at once, the request applied later). What the
// client gets, what the store holds, and how the plugin answers the same Idempotency-Key again.
import { describe, expect, it } from "vitest";
import { KEY_RUNNING_MESSAGE } from "./routes/idempotency";
import { faultHarness } from "./fault-harness";

const { demo, arm, release, orderOf, paymentOf, post, capture1001 } = faultHarness();

const CAPTURE = "POST /admin/payments/*/capture";

async function expectGatewayPage(res: Response, status: number, title: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(await res.text()).toContain(`<title>${title}</title>`);
}

/** Marks the collection of #1006 that the customer still owes (25.00) as paid. */
function markPaid1006(key?: string) {
  const order = orderOf(1006);
  const collection = order.collections.find((c) => c.status === "not_paid")!;
  const send = () => post(`/admin/payment-collections/${collection.id}/mark-as-paid`, { order_id: order.id }, key);
  return { collection, send };
}

describe("kind: error-after", () => {
  it("applies the capture, then answers the gateway's 502 page; the same key replays the real answer", async () => {
    await arm({ route: CAPTURE, kind: "error-after" });
    await expectGatewayPage(await capture1001(25, "key-502"), 502, "502 Bad Gateway");
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500]);

    const replay = await capture1001(25, "key-502");
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(((await replay.json()) as { payment: { id: string } }).payment.id).toBe(paymentOf(1001).id);
    expect(paymentOf(1001).captures).toHaveLength(1);
  });

  it("answers the `status` and `body` given: a string as the gateway's page, anything else as JSON", async () => {
    await arm(
      { route: CAPTURE, kind: "error-after", status: 503, body: "upstream went away" },
      { route: CAPTURE, kind: "error-after", status: 500, body: { message: "oops" } },
    );
    const page = await capture1001(10);
    expect(page.status).toBe(503);
    expect(await page.text()).toBe("upstream went away");
    const json = await capture1001(10);
    expect(json.status).toBe(500);
    expect(await json.json()).toEqual({ message: "oops" });
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([1000, 1000]);
  });

  it("marks a collection as paid once, however often the same key comes back", async () => {
    await arm({ route: "POST /admin/payment-collections/*/mark-as-paid", kind: "error-after" });
    const { collection, send } = markPaid1006("key-paid");
    await expectGatewayPage(await send(), 502, "502 Bad Gateway");
    expect(collection.status).toBe("completed");
    expect((await send()).status).toBe(200);
    expect(orderOf(1006).collections.find((c) => c.id === collection.id)!.payments).toHaveLength(1);
  });

  it("without the plugin the key is ignored, as Medusa does: sending again refunds again", async () => {
    expect((await demo("plugin", { installed: false })).status).toBe(200);
    await arm({ route: "POST /admin/payments/*/refund", kind: "error-after" });
    const path = `/admin/payments/${paymentOf(1003).id}/refund`;
    expect((await post(path, { amount: 15 }, "key-r")).status).toBe(502);
    expect((await post(path, { amount: 15 }, "key-r")).status).toBe(200);
    expect(paymentOf(1003).refunds.map((r) => r.amount)).toEqual([1500, 1500]);
  });
});

describe("kind: error-while-running", () => {
  it("answers the gateway's 504 at once and applies the capture only when released", async () => {
    await arm({ route: CAPTURE, kind: "error-while-running", delayMs: 60_000 });
    await expectGatewayPage(await capture1001(25, "key-504"), 504, "504 Gateway Timeout");
    expect(paymentOf(1001).captures).toHaveLength(0);

    // While the first still runs, the plugin holds the key without an answer.
    const running = await capture1001(25, "key-504");
    expect(running.status).toBe(409);
    expect(await running.json()).toEqual({ type: "conflict", message: KEY_RUNNING_MESSAGE });
    expect(paymentOf(1001).captures).toHaveLength(0);

    await release();
    await expect.poll(() => paymentOf(1001).captures.length).toBe(1);
    const replay = await capture1001(25, "key-504");
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500]);
  });

  it("applies the request by itself once `delayMs` has passed", async () => {
    await arm({ route: "POST /admin/payments/*/refund", kind: "error-while-running", delayMs: 50 });
    const path = `/admin/payments/${paymentOf(1003).id}/refund`;
    expect((await post(path, { amount: 15, note: "Late" }, "key-late")).status).toBe(504);
    await expect.poll(() => paymentOf(1003).refunds.map((r) => [r.amount, r.note])).toEqual([[1500, "Late"]]);
    expect((await post(path, { amount: 15, note: "Late" }, "key-late")).status).toBe(200);
    expect(paymentOf(1003).refunds).toHaveLength(1);
  });

  it("without the plugin: nothing to replay, and the move lands when released", async () => {
    expect((await demo("plugin", { installed: false })).status).toBe(200);
    await arm({
      route: "POST /admin/payment-collections/*/mark-as-paid",
      kind: "error-while-running",
      delayMs: 60_000,
    });
    const { collection, send } = markPaid1006();
    expect((await send()).status).toBe(504);
    expect(collection.status).toBe("not_paid");
    await release();
    await expect.poll(() => orderOf(1006).collections.find((c) => c.id === collection.id)!.status).toBe("completed");
  });
});
