// The guard of decision 003 through the move hooks: what each call returns, and what the
// server received, for every way a money move can end.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seededOrderId, setupMockBackend } from "@/test/render";
import { capturePayment, markAsPaid } from "../../mocks/rules";
import { useCaptureMove, useMarkPaidMove, type MoveOutcome } from "./money-moves";
import { useOrder } from "./orders";
import { pluginKeys } from "./server-plugin";

// The checking after an unclear answer, shortened: its rounds are tested on a clock in reconcile.test.ts.
vi.mock("./answer-window", () => ({ ANSWER_WINDOW_MS: 300 }));

const mock = setupMockBackend();
const CAPTURE = "*/admin/payments/:id/capture";

/**
 * #1002: 120.00 authorized, 50.00 captured, 70.00 left. `page`: the order is on screen, as in the app.
 * The app knows whether the server has the plugin (the mock's mode), unless `plugin` is "unknown".
 */
async function captureHook({ page = true, plugin }: { page?: boolean; plugin?: "unknown" } = {}) {
  const orderId = seededOrderId(mock, 1002);
  const paymentId = mock.backend.db.orders.find((o) => o.id === orderId)!.collections[0]!.payments[0]!.id;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (plugin !== "unknown") client.setQueryData(pluginKeys.presence, mock.backend.db.plugin !== false);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  if (page) {
    const shown = renderHook(() => useOrder(orderId), { wrapper }).result;
    await waitFor(() => expect(shown.current.data).toBeDefined());
  }
  const { result } = renderHook(() => useCaptureMove(orderId), { wrapper });
  const send = async (amount: number) => {
    let outcome: MoveOutcome | undefined;
    await act(async () => {
      outcome = await result.current.send({ paymentId, amount, currency: "usd" });
    });
    return outcome!;
  };
  return { orderId, paymentId, result, send };
}

const captures = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/capture"));

/** The idempotency key of each capture; `answer` replaces the mock's answer when given. */
function recordKeys(answer?: () => Response | undefined) {
  const keys: (string | null)[] = [];
  mock.server.use(
    http.post(CAPTURE, ({ request }) => {
      keys.push(request.headers.get("idempotency-key"));
      return answer?.();
    }),
  );
  return keys;
}

describe("a money move hook, on a server without the plugin", () => {
  // The guard reads the order before each move: Medusa alone lets a refund one minor unit over.
  beforeEach(() => (mock.backend.db.plugin = false));

  it("captures and says done", async () => {
    const { send } = await captureHook();
    expect(await send(2000)).toEqual({ kind: "done", late: false, amount: 2000 });
    expect(captures().map((r) => r.body)).toStrictEqual([{ amount: 20 }]);
  });

  it("sends nothing when the order changed since the form opened, and names the new limit", async () => {
    const { send, paymentId } = await captureHook();
    capturePayment(mock.backend.db, paymentId, 3000, null); // another tab
    expect(await send(7000)).toEqual({ kind: "changed", limit: 4000 });
    expect(captures()).toEqual([]);
  });

  it("hands back the server's refusal and uses a new key for the corrected retry", async () => {
    let refuse = true;
    const keys = recordKeys(() =>
      refuse ? HttpResponse.json({ type: "not_allowed", message: "Declined." }, { status: 400 }) : undefined,
    );
    const { send } = await captureHook();
    expect(await send(2000)).toEqual({ kind: "refused", message: "Declined." });
    refuse = false;
    expect(await send(2000)).toEqual({ kind: "done", late: false, amount: 2000 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("settles an answer lost before the server saw it by the order: nothing moved, and the retry is a new request", async () => {
    let drop = true;
    const keys = recordKeys(() => (drop ? HttpResponse.error() : undefined));
    const { send } = await captureHook();
    expect(await send(2000)).toEqual({ kind: "not-moved" });
    drop = false;
    expect(await send(2000)).toEqual({ kind: "done", late: false, amount: 2000 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it.each([
    [
      "a 500 in Medusa's body",
      () => HttpResponse.json({ type: "unknown_error", message: "An unknown error occurred." }, { status: 500 }),
    ],
    ["a gateway's 502 page", () => new HttpResponse("<html>Bad Gateway</html>", { status: 502 })],
  ])("does not take %s for a refusal: it checks the order, which shows the capture", async (_name, answer) => {
    const { send, paymentId } = await captureHook();
    recordKeys(() => {
      capturePayment(mock.backend.db, paymentId, 2000, null); // applied, then the answer failed
      return answer();
    });
    expect(await send(2000)).toEqual({ kind: "done", late: true, amount: 2000 });
  });

  it.each([true, false])(
    "reports an answer lost after the server applied it as done (order on screen: %s)",
    async (page) => {
      const { send, paymentId } = await captureHook({ page });
      mock.server.use(
        http.post(CAPTURE, () => {
          capturePayment(mock.backend.db, paymentId, 2000, null);
          return HttpResponse.error();
        }),
      );
      expect(await send(2000)).toEqual({ kind: "done", late: true, amount: 2000 });
      expect(captures()).toHaveLength(1);
    },
  );

  it("says it cannot tell when the order cannot be read after a lost answer", async () => {
    let lost = false;
    mock.server.use(
      http.post(CAPTURE, () => {
        lost = true;
        return HttpResponse.error();
      }),
      http.get("*/admin/orders/:id", () => (lost ? HttpResponse.error() : undefined)),
    );
    const { send } = await captureHook();
    expect(await send(2000)).toEqual({ kind: "unknown" });
  });

  it("reports a success it could not read as done: the server answered 200", async () => {
    recordKeys(() => HttpResponse.json({ unexpected: true }));
    const { send } = await captureHook();
    expect(await send(2000)).toEqual({ kind: "done", late: false, amount: 2000 });
  });

  it("drops a second submit while the first is in flight", async () => {
    const { result, paymentId } = await captureHook();
    const input = { paymentId, amount: 2000, currency: "usd" };
    let outcomes: MoveOutcome[] = [];
    await act(async () => {
      outcomes = await Promise.all([result.current.send(input), result.current.send(input)]);
    });
    expect(outcomes).toEqual([{ kind: "done", late: false, amount: 2000 }, { kind: "duplicate" }]);
    expect(captures()).toHaveLength(1);
  });

  it("marks as paid only a collection that is still unpaid", async () => {
    // #1006: a 25.00 collection not paid yet.
    const orderId = seededOrderId(mock, 1006);
    const unpaid = mock.backend.db.orders
      .find((o) => o.id === orderId)!
      .collections.find((c) => c.status === "not_paid")!;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
    client.setQueryData(pluginKeys.presence, false);
    const { result } = renderHook(() => useMarkPaidMove(orderId), {
      wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    markAsPaid(mock.backend.db, unpaid.id); // another tab
    let outcome: MoveOutcome | undefined;
    await act(async () => {
      outcome = await result.current.send({ collectionId: unpaid.id, amount: 2500 });
    });
    expect(outcome).toEqual({ kind: "changed", limit: 0 });
    expect(mock.requests.filter((r) => r.method === "POST")).toEqual([]);
  });
});

describe("a money move hook, on a server with the plugin", () => {
  const orderReads = (id: string) => mock.requests.filter((r) => r.method === "GET" && r.url.pathname.endsWith(id));

  it("sends at once, without reading the order first", async () => {
    const { send, orderId } = await captureHook();
    const readsBefore = orderReads(orderId).length;
    expect(await send(2000)).toEqual({ kind: "done", late: false, amount: 2000 });
    const sent = mock.requests.findIndex((r) => r.method === "POST");
    expect(mock.requests.slice(0, sent).filter((r) => r.url.pathname.endsWith(orderId))).toHaveLength(readsBefore);
  });

  it("shows the server's refusal of an amount over what is left, and sends no second request", async () => {
    const { send, paymentId } = await captureHook();
    capturePayment(mock.backend.db, paymentId, 3000, null); // another tab: 40.00 left
    expect(await send(7000)).toEqual({
      kind: "refused",
      message: "You cannot capture more than the authorized amount substracted by what is already captured.",
    });
    expect(captures()).toHaveLength(1);
  });

  it("asks the server once whether it has the plugin when nobody knew yet", async () => {
    const { send } = await captureHook({ plugin: "unknown" });
    expect(await send(1000)).toEqual({ kind: "done", late: false, amount: 1000 });
    expect(await send(1000)).toEqual({ kind: "done", late: false, amount: 1000 });
    expect(mock.requests.filter((r) => r.url.pathname === "/admin/order-payments")).toHaveLength(1);
  });

  it("blocks the payment after an answer nobody can tell, until a recheck replays the same key: one capture", async () => {
    let lost = false;
    const { send, result, paymentId } = await captureHook();
    // The first capture is applied and its answer dropped; while `lost`, nothing else answers.
    mock.backend.db.faults = [{ route: "POST /admin/payments/*/capture", kind: "drop-after", times: 1 }];
    mock.server.use(http.get("*/admin/orders/:id", () => (lost ? HttpResponse.error() : undefined)));
    let sent = 0;
    const keys = recordKeys(() => (sent++ > 0 && lost ? HttpResponse.error() : undefined));
    lost = true;
    expect(await send(2000)).toEqual({ kind: "unknown" });
    expect(result.current.isUnclear(paymentId)).toBe(true);
    const tried = keys.length;
    expect(await send(2000)).toEqual({ kind: "unknown" }); // blocked: nothing leaves
    expect(keys).toHaveLength(tried);
    lost = false;
    let outcome: MoveOutcome | undefined;
    await act(async () => {
      outcome = await result.current.recheck(paymentId);
    });
    expect(outcome).toEqual({ kind: "done", late: true, amount: 2000 });
    expect(result.current.isUnclear(paymentId)).toBe(false);
    expect(new Set(keys).size).toBe(1);
    const payment = mock.backend.db.orders.flatMap((o) => o.collections.flatMap((c) => c.payments));
    expect(payment.find((p) => p.id === paymentId)!.captures.map((c) => c.amount)).toEqual([5000, 2000]);
  });
});
