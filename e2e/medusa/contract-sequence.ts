// The contract check's one sequence of Admin API calls, run against one backend: money moves on
// an authorized order and on one with an amount outstanding, each observed on its status, error
// words, the order's payment state, and (in shared terms, contract-terms.ts) the success body and
// the order as the app reads it afterwards.
import { ORDER_FIELDS as APP_ORDER_FIELDS } from "../../src/api/order-request";
import { answers, appView, type Answer } from "../app-answers";
import { arr, client, obj, str, type Client, type Json, type Reply } from "./contract-client";
import { idNamer } from "./contract-terms";

export const SUMMARY_KEYS = [
  "paid_total",
  "refunded_total",
  "transaction_total",
  "pending_difference",
  "current_order_total",
] as const;
const ORDER_FIELDS = "id,payment_status,+summary,*payment_collections";
const PAYMENT_FIELDS = "id,*payment_collections,*payment_collections.payments";
/** The refund reason the sequence gives, the same one on both sides (their lists' order differs). */
const REASON_CODE = "shipping_issue";

export type OrderKey = "authorized" | "outstanding";
type Summary = Record<(typeof SUMMARY_KEYS)[number], number | null>;

/** What one step is compared on. */
export type Observed = {
  status: number;
  type: string | null;
  message: string | null;
  payment_status: string | null;
  summary: Summary | null;
};
/** The same step's bodies, in shared terms: the answer (a success's) and the order afterwards. */
export type Bodies = { answer: unknown; order: unknown };

type Ctx = {
  api: Client;
  orders: Record<OrderKey, string>;
  paymentId: string;
  reasonId: string;
  notPaidCollectionId: string;
  /** Recording a payment of 10 of the 25 owed: the request made for it, its payment, the key. */
  record: { partId?: string; paymentId?: string; openId?: string; key: string };
  /** The last observed summary of each order on this backend. */
  last: Partial<Record<OrderKey, Summary>>;
};

/** `answer`: how the app reads a success's body, where the app sends this request. */
type Step = { name: string; order: OrderKey; answer?: Answer; run: (ctx: Ctx) => Promise<Reply> };

const paymentAnswer = answers.payment;
const collectionAnswer = answers.collection;
const capture = (ctx: Ctx, body?: unknown) =>
  ctx.api.call("POST", `/admin/payments/${ctx.paymentId}/capture`, { body });
const refund = (ctx: Ctx, body: unknown) => ctx.api.call("POST", `/admin/payments/${ctx.paymentId}/refund`, { body });
const markAsPaid = (ctx: Ctx) =>
  ctx.api.call("POST", `/admin/payment-collections/${ctx.notPaidCollectionId}/mark-as-paid`, {
    body: { order_id: ctx.orders.outstanding },
  });
const seeded = (key: OrderKey) => (c: Ctx) => c.api.call("GET", `/admin/orders/${c.orders[key]}`);

// "Record payment" (src/api/record-payment.ts): 10 of the 25 owed received in cash.
const requestAmount = (c: Ctx, amount: number) =>
  c.api.call("POST", "/admin/payment-collections", { body: { order_id: c.orders.outstanding, amount } });
const markPartPaid = (c: Ctx) =>
  c.api.call("POST", `/admin/payment-collections/${c.record.partId}/mark-as-paid`, {
    body: { order_id: c.orders.outstanding },
    headers: { "idempotency-key": c.record.key },
  });
const collectionId = (reply: Reply) => str(obj(obj(reply.body).payment_collection).id) ?? undefined;
const RECORD_STEPS: Step[] = [
  {
    name: "record: request 10 of the 25 owed",
    order: "outstanding",
    answer: collectionAnswer,
    run: async (c) => {
      const reply = await requestAmount(c, 10);
      c.record.partId = collectionId(reply);
      return reply;
    },
  },
  {
    name: "record: mark the 10 as paid, with a key",
    order: "outstanding",
    answer: collectionAnswer,
    run: async (c) => {
      const reply = await markPartPaid(c);
      const payments = arr(obj(obj(reply.body).payment_collection).payments);
      c.record.paymentId = str(obj(payments[0]).id) ?? undefined;
      return reply;
    },
  },
  { name: "record: the same key again", order: "outstanding", run: markPartPaid },
  {
    name: "record: the method and reference in the order's metadata",
    order: "outstanding",
    run: (c) =>
      c.api.call("POST", `/admin/orders/${c.orders.outstanding}?fields=id,metadata`, {
        body: { metadata: { [`manual_payment_${c.record.paymentId}`]: { method: "cash", reference: "Till 2" } } },
      }),
  },
  {
    name: "record: remove the open request of 25",
    order: "outstanding",
    run: (c) => c.api.call("DELETE", `/admin/payment-collections/${c.record.openId}`),
  },
  {
    name: "record: remove it again",
    order: "outstanding",
    run: (c) => c.api.call("DELETE", `/admin/payment-collections/${c.record.openId}`),
  },
  {
    name: "record: request the 15 left",
    order: "outstanding",
    answer: collectionAnswer,
    run: async (c) => {
      const reply = await requestAmount(c, 15);
      c.notPaidCollectionId = collectionId(reply) ?? c.notPaidCollectionId; // the request marked as paid below
      return reply;
    },
  },
];

export const STEPS: Step[] = [
  { name: "authorized order as seeded", order: "authorized", run: seeded("authorized") },
  { name: "capture 20 (partial)", order: "authorized", answer: paymentAnswer, run: (c) => capture(c, { amount: 20 }) },
  { name: "capture with no body after a partial capture", order: "authorized", run: (c) => capture(c) },
  {
    name: "capture the remaining 40",
    order: "authorized",
    answer: paymentAnswer,
    run: (c) => capture(c, { amount: 40 }),
  },
  {
    name: "refund 15 with a reason and a note",
    order: "authorized",
    answer: paymentAnswer,
    run: (c) => refund(c, { amount: 15, refund_reason_id: c.reasonId, note: "Contract check: partial refund" }),
  },
  { name: "refund 1000 (over the captured amount)", order: "authorized", run: (c) => refund(c, { amount: 1000 }) },
  {
    name: "refund with an unknown reason id",
    order: "authorized",
    run: (c) => refund(c, { amount: 1, refund_reason_id: "refr_01CONTRACTUNKNOWN00000000" }),
  },
  {
    name: "refund 0.02 over the remaining",
    order: "authorized",
    run: (c) => {
      const s = c.last.authorized;
      if (!s || s.paid_total === null || s.refunded_total === null) throw new Error("no summary before the refund");
      const remainingCents = Math.round(s.paid_total * 100) - Math.round(s.refunded_total * 100);
      return refund(c, { amount: (remainingCents + 2) / 100 });
    },
  },
  { name: "outstanding order as seeded", order: "outstanding", run: seeded("outstanding") },
  ...RECORD_STEPS,
  { name: "mark the not_paid collection as paid", order: "outstanding", answer: collectionAnswer, run: markAsPaid },
  { name: "mark the same collection as paid again", order: "outstanding", run: markAsPaid },
  {
    name: "request without auth (401)",
    order: "outstanding",
    run: (c) =>
      c.api.call("GET", `/admin/orders/${c.orders.outstanding}?fields=${encodeURIComponent(ORDER_FIELDS)}`, {
        auth: false,
      }),
  },
];

async function orderState(api: Client, orderId: string) {
  const res = await api.call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(ORDER_FIELDS)}`);
  if (res.status !== 200) throw new Error(`GET order ${orderId}: ${res.status} ${JSON.stringify(res.body)}`);
  const order = obj(obj(res.body).order);
  const summary = obj(order.summary);
  return {
    payment_status: str(order.payment_status),
    summary: Object.fromEntries(
      SUMMARY_KEYS.map((k) => [
        k,
        typeof summary[k] === "number" ? summary[k] : summary[k] === undefined ? null : Number(summary[k]),
      ]),
    ) as Summary,
    collections: arr(order.payment_collections).map(obj),
  };
}

/** The order as the order page asks for it (the app's own `fields`). */
async function appOrder(api: Client, orderId: string): Promise<Json> {
  const res = await api.call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(APP_ORDER_FIELDS)}`);
  if (res.status !== 200)
    throw new Error(`GET order ${orderId} (app fields): ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The order's payments, first collection first. */
async function paymentsOf(api: Client, orderId: string) {
  const res = await api.call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(PAYMENT_FIELDS)}`);
  if (res.status !== 200) throw new Error(`GET order ${orderId} payments: ${res.status} ${JSON.stringify(res.body)}`);
  return arr(obj(obj(res.body).order).payment_collections).flatMap((c) => arr(obj(c).payments).map(obj));
}

export type Run = {
  setup: { signIn: number; reasons: number; reasonList: unknown };
  steps: Record<string, Observed>;
  bodies: Record<string, Bodies>;
};

export async function runSequence(
  origin: string,
  admin: { email: string; password: string },
  locate: (api: Client) => Promise<Record<OrderKey, string>>,
): Promise<Run> {
  const api = client(origin);
  const signIn = await api.call("POST", "/auth/user/emailpass", { body: admin, auth: false });
  const token = str(obj(signIn.body).token);
  if (signIn.status !== 200 || !token)
    throw new Error(`Sign-in at ${origin} failed: ${signIn.status} ${JSON.stringify(signIn.body)}`);
  api.setToken(token);
  const terms = idNamer();

  const reasons = await api.call("GET", "/admin/refund-reasons?limit=100");
  const list = arr(obj(reasons.body).refund_reasons).map(obj);
  const reasonId = str(list.find((r) => r.code === REASON_CODE)?.id);
  if (!reasonId) throw new Error(`No refund reason ${REASON_CODE} at ${origin}: ${JSON.stringify(reasons.body)}`);
  // As the refund panel asks for them; their order is the server's whim, so by label.
  const asked = await api.call("GET", "/admin/refund-reasons?fields=id,label,description&limit=100");
  const reasonList = appView(answers.reasons, asked.body);
  (reasonList as { refund_reasons?: { label: string }[] }).refund_reasons?.sort((a, b) => (a.label < b.label ? -1 : 1));

  const orders = await locate(api);
  const paymentId = str((await paymentsOf(api, orders.authorized))[0]?.id);
  if (!paymentId) throw new Error(`No payment on the authorized order at ${origin}`);
  const before = await orderState(api, orders.outstanding);
  const notPaidCollectionId = str(before.collections.find((c) => c.status === "not_paid")?.id);
  if (!notPaidCollectionId) {
    throw new Error(
      `No not_paid collection on the outstanding order at ${origin}. ` +
        "On the real server this means its orders were used by an earlier run: restart it (stop.mjs, start.mjs).",
    );
  }

  const record = { openId: notPaidCollectionId, key: `contract-record-${Date.now()}` };
  const ctx: Ctx = { api, orders, paymentId, reasonId, notPaidCollectionId, record, last: {} };
  const steps: Record<string, Observed> = {};
  const bodies: Record<string, Bodies> = {};
  for (const step of STEPS) {
    const reply = await step.run(ctx);
    const after = await orderState(api, orders[step.order]);
    ctx.last[step.order] = after.summary;
    const body = obj(reply.body);
    steps[step.name] = {
      status: reply.status,
      type: str(body.type),
      // Ids in a message ("PaymentCollection id not found: pay_col_01...") are each side's own.
      message: str(body.message)?.replace(/\b[a-z]+(?:_[a-z]+)*_01[0-9A-Z]{18,30}\b/g, "<id>") ?? null,
      payment_status: after.payment_status,
      summary: after.summary,
    };
    const ok = reply.status >= 200 && reply.status < 300;
    bodies[step.name] = {
      answer: terms(ok && step.answer ? appView(step.answer, reply.body) : null),
      order: terms(appView(answers.order, await appOrder(api, orders[step.order]))),
    };
  }
  return { setup: { signIn: signIn.status, reasons: reasons.status, reasonList }, steps, bodies };
}
