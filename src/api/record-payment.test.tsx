// Recording a payment received outside the store: the calls, in order, and how each way it can
// end comes back to the dialog.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { seededOrderId, setupMockBackend } from "@/test/render";
import { createCollection, markAsPaid } from "../../mocks/rules";
import { useOrder } from "./orders";
import { useRecordPayment, type RecordInput, type RecordOutcome } from "./record-payment";
import { pluginKeys } from "./server-plugin";

vi.mock("./answer-window", () => ({ ANSWER_WINDOW_MS: 300 }));

const mock = setupMockBackend();

/** #1006 on screen: 25.00 outstanding on a not_paid collection of 25.00. */
async function recordHook() {
  const orderId = seededOrderId(mock, 1006);
  const order = () => mock.backend.db.orders.find((o) => o.id === orderId)!;
  const open = order().collections.find((c) => c.status === "not_paid")!;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(pluginKeys.presence, mock.backend.db.plugin !== false);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const shown = renderHook(() => useOrder(orderId), { wrapper }).result;
  await waitFor(() => expect(shown.current.data).toBeDefined());
  const { result } = renderHook(() => useRecordPayment(orderId), { wrapper });
  const send = async (amount: number, more: Partial<RecordInput> = {}) => {
    let outcome: RecordOutcome | undefined;
    await act(async () => {
      outcome = await result.current.send({
        request: { collectionId: open.id, amount: 2500 },
        max: 2500,
        amount,
        currency: "usd",
        method: "cash",
        reference: " Till 2 ",
        ...more,
      });
    });
    return outcome!;
  };
  return { orderId, order, openId: open.id, send, result };
}

const writes = () => mock.requests.filter((r) => r.method !== "GET");
const unpaid = (collections: { status: string; amount: number }[]) =>
  collections.filter((c) => c.status === "not_paid").map((c) => c.amount);

describe("useRecordPayment", () => {
  it("records part: a request for it, paid under a key, the note, the old request replaced by the rest", async () => {
    const keys: (string | null)[] = [];
    mock.server.use(
      http.post("*/admin/payment-collections/:id/mark-as-paid", ({ request }) => {
        keys.push(request.headers.get("idempotency-key"));
      }),
    );
    const { send, order, openId, orderId } = await recordHook();
    expect(await send(1000)).toEqual({ kind: "recorded", late: false, note: null, request: null, rest: 1500 });

    const [create, mark, note, remove, rest] = writes();
    expect(create!.body).toEqual({ order_id: orderId, amount: 10 });
    expect(mark!.url.pathname).toMatch(/^\/admin\/payment-collections\/pay_col_\w+\/mark-as-paid$/);
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    const paid = order().collections.find((c) => mark!.url.pathname.includes(c.id))!;
    expect(paid.status).toBe("completed");
    expect(note!.body).toEqual({
      metadata: { [`manual_payment_${paid.payments[0]!.id}`]: { method: "cash", reference: "Till 2" } },
    });
    expect(`${remove!.method} ${remove!.url.pathname}`).toBe(`DELETE /admin/payment-collections/${openId}`);
    expect(rest!.body).toEqual({ order_id: orderId, amount: 15 });
    expect(unpaid(order().collections)).toEqual([1500]);
  });

  it("reads the order first: a request paid meanwhile (another tab) stops it before anything is sent", async () => {
    const { send, openId } = await recordHook();
    markAsPaid(mock.backend.db, openId);
    expect(await send(1000)).toEqual({ kind: "changed", limit: 0 });
    expect(writes()).toEqual([]);
  });

  it("a refused request for the part records nothing", async () => {
    mock.server.use(
      http.post("*/admin/payment-collections", () =>
        HttpResponse.json({ type: "invalid_data", message: "Nope." }, { status: 400 }),
      ),
    );
    const { send, order } = await recordHook();
    expect(await send(1000)).toEqual({ kind: "refused", message: "Nope." });
    expect(unpaid(order().collections)).toEqual([2500]);
  });

  it("a request for the part whose answer is lost is taken back: nothing is paid on it", async () => {
    mock.server.use(
      http.post("*/admin/payment-collections", async ({ request }) => {
        // Medusa makes it, then the answer does not arrive.
        const body = (await request.json()) as { order_id: string; amount: number };
        createCollection(mock.backend.db, body.order_id, body.amount * 100);
        return HttpResponse.error();
      }),
    );
    const { send, order } = await recordHook();
    const outcome = await send(1000);
    expect(outcome.kind).toBe("refused");
    expect(unpaid(order().collections)).toEqual([2500]);
    expect(writes().some((w) => w.method === "DELETE")).toBe(true);
  });

  it("says which step failed once the payment is recorded: no new request for the rest", async () => {
    let creates = 0;
    mock.server.use(
      http.post("*/admin/payment-collections", () => {
        creates += 1;
        if (creates === 2) return HttpResponse.json({ type: "unknown_error", message: "Boom." }, { status: 500 });
      }),
    );
    const { send, order } = await recordHook();
    const outcome = await send(1000);
    expect(outcome).toMatchObject({ kind: "recorded", note: null, request: { step: "create" }, rest: 1500 });
    expect(unpaid(order().collections)).toEqual([]);
  });

  it("a note the server refuses is said, the payment stays recorded", async () => {
    mock.server.use(
      http.post("*/admin/orders/:id", () =>
        HttpResponse.json({ type: "invalid_data", message: "Order has been canceled." }, { status: 400 }),
      ),
    );
    const { send, order } = await recordHook();
    expect(await send(1000)).toMatchObject({ kind: "recorded", note: "Order has been canceled.", request: null });
    expect(unpaid(order().collections)).toEqual([1500]);
  });

  it("after an unclear payment it blocks, then on a recheck that finds it done takes the remaining steps", async () => {
    let lost = true;
    let applied = false;
    mock.server.use(
      http.post("*/admin/payment-collections/:id/mark-as-paid", ({ params }) => {
        if (!lost) return undefined;
        if (!applied) markAsPaid(mock.backend.db, params.id as string); // it landed, and its answer was lost
        applied = true;
        return HttpResponse.error();
      }),
      http.get("*/admin/orders/:id", () => (lost && applied ? HttpResponse.error() : undefined)),
    );
    const { send, order, result } = await recordHook();
    expect(await send(1000)).toEqual({ kind: "unknown" });
    expect(result.current.unclear).toBe(true);
    expect(unpaid(order().collections)).toEqual([2500]); // nothing more was done

    lost = false;
    let outcome: RecordOutcome | undefined;
    await act(async () => {
      outcome = await result.current.recheck();
    });
    expect(outcome).toEqual({ kind: "recorded", late: true, note: null, request: null, rest: 1500 });
    expect(result.current.unclear).toBe(false);
    expect(unpaid(order().collections)).toEqual([1500]);
    // Paid once, however often it was asked about.
    expect(order().collections.filter((c) => c.status === "completed" && c.amount === 1000)).toHaveLength(1);
  });
});
