// Records how a real Medusa 2.21.2 answers the calls behind "Record payment" (a partial payment
// received outside the store), as transcripts in mocks/transcripts/record-payment/plugin/ (or no-plugin/): each file has
// the request, a curl line, the response (status, headers, body) and, for writes, the order's
// payment state right after. mocks/record-payment-transcripts.test.ts replays them on the mock.
//
//   node e2e/medusa/start.mjs            # add E2E_MEDUSA_PLUGIN=off for a store without the plugin
//   node e2e/medusa/record-payment-transcripts.mjs
//   node e2e/medusa/stop.mjs
// It places its own orders in the states of "outstanding-positive" and "canceled-after-capture".
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { applySteps, client, ORDERS, placeOrder, refundReasons } from "./seed.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const STATE = JSON.parse(readFileSync(resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json"), "utf8"));
const OUT = resolve(REPO, "mocks/transcripts/record-payment", STATE.plugin === false ? "no-plugin" : "plugin");
const ORIGIN = (STATE.loopbackUrl ?? STATE.backendUrl).replace(/\/$/, "");
const ORDER_FIELDS = "id,display_id,status,version,total,metadata,payment_status,summary,*payment_collections";

let token = "";
let count = 0;

async function call(method, path, { body, headers = {} } = {}) {
  const sent = { authorization: `Bearer ${token}`, ...headers };
  if (body !== undefined) sent["content-type"] = "application/json";
  const res = await fetch(`${ORIGIN}${path}`, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { res, body: text ? JSON.parse(text) : null };
}

async function orderAfter(orderId) {
  const { body } = await call("GET", `/admin/orders/${orderId}?fields=${encodeURIComponent(ORDER_FIELDS)}`);
  return body.order;
}

/** Sends one request and writes its transcript; `orderId`: read that order's payment state after it. */
async function record(name, description, method, path, { body, headers = {}, orderId } = {}) {
  const { res, body: answer } = await call(method, path, { body, headers });
  const file = `${String(++count).padStart(2, "0")}-${name}`;
  const shownHeaders = { authorization: "Bearer <JWT>", ...headers };
  const curl =
    `curl -s -X ${method} '${ORIGIN}${path}' -H 'Authorization: Bearer $TOKEN'` +
    Object.entries(headers)
      .map(([k, v]) => ` -H '${k}: ${v}'`)
      .join("") +
    (body === undefined ? "" : ` -H 'content-type: application/json' -d '${JSON.stringify(body)}'`);
  const transcript = {
    name: file,
    description,
    plugin: STATE.plugin !== false,
    request: { method, url: path, auth: "bearer", headers: shownHeaders, ...(body === undefined ? {} : { body }) },
    curl,
    response: {
      status: res.status,
      headers: { "idempotent-replayed": res.headers.get("idempotent-replayed") },
      body: answer,
    },
    ...(orderId ? { order_after: await orderAfter(orderId) } : {}),
  };
  writeFileSync(resolve(OUT, `${file}.json`), `${JSON.stringify(transcript, null, 2)}\n`);
  console.log(`${file}: ${res.status}`);
  return answer;
}

const signIn = await fetch(`${ORIGIN}/auth/user/emailpass`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(STATE.admin),
});
token = (await signIn.json()).token;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// Fresh orders in the seeded roles' states, so the recording can run on any started store.
async function freshOrder(role) {
  const api = client(ORIGIN);
  await api.login(STATE.admin.email, STATE.admin.password);
  api.setPublishableKey(STATE.publishableKey);
  const spec = ORDERS.find((o) => o.role === role);
  const placed = await placeOrder(api, STATE.catalog, spec);
  await applySteps(api, STATE.catalog, await refundReasons(api), placed, spec.steps);
  return placed.id;
}
const order = await freshOrder("outstanding-positive");
const canceled = await freshOrder("canceled-after-capture");
const before = await record(
  "order-before",
  "The order owes 25: a completed collection of 60 and a not_paid one of 25.",
  "GET",
  `/admin/orders/${order}?fields=${encodeURIComponent(ORDER_FIELDS)}`,
);
const open = before.order.payment_collections.find((c) => c.status === "not_paid").id;

await record(
  "create-with-metadata",
  "A new collection takes no metadata: nowhere to keep a method or reference.",
  "POST",
  "/admin/payment-collections",
  { body: { order_id: order, amount: 10, metadata: { method: "cash" } }, orderId: order },
);
await record("create-string-amount", "The amount must be a JSON number.", "POST", "/admin/payment-collections", {
  body: { order_id: order, amount: "10" },
  orderId: order,
});
const part = await record(
  "create-part",
  "A collection for the part received: 10 of the 25 owed. Nothing is paid yet.",
  "POST",
  "/admin/payment-collections",
  { body: { order_id: order, amount: 10 }, orderId: order },
);
const partId = part.payment_collection.id;
const key = `record-payment-${Date.now()}`;
const marked = await record(
  "mark-part-paid",
  "Marks the part as paid (a system payment, captured): 15 left to collect, the open 25 still listed.",
  "POST",
  `/admin/payment-collections/${partId}/mark-as-paid`,
  { body: { order_id: order }, headers: { "idempotency-key": key }, orderId: order },
);
await record(
  "mark-part-paid-same-key",
  "The same key again: with the plugin its first answer, replayed; without it, Medusa's refusal.",
  "POST",
  `/admin/payment-collections/${partId}/mark-as-paid`,
  { body: { order_id: order }, headers: { "idempotency-key": key }, orderId: order },
);
const paymentId = marked.payment_collection.payments[0].id;
await record(
  "order-metadata-note",
  "The method and reference, kept in the order's metadata under the payment's id.",
  "POST",
  `/admin/orders/${order}?fields=id,metadata`,
  { body: { metadata: { [`manual_payment_${paymentId}`]: { method: "cash", reference: "Till 2" } } }, orderId: order },
);
await record(
  "order-metadata-merge",
  "Another key: the order's metadata keeps the first one (keys are merged, not replaced).",
  "POST",
  `/admin/orders/${order}?fields=id,metadata`,
  { body: { metadata: { other_note: "x" } }, orderId: order },
);
await record(
  "order-metadata-remove",
  "An empty string removes a key.",
  "POST",
  `/admin/orders/${order}?fields=id,metadata`,
  { body: { metadata: { other_note: "" } }, orderId: order },
);
await record(
  "delete-open",
  "The open request for 25 goes: 15 is still owed (Medusa now says captured).",
  "DELETE",
  `/admin/payment-collections/${open}`,
  { orderId: order },
);
await record("delete-open-again", "Deleting it again.", "DELETE", `/admin/payment-collections/${open}`, {
  orderId: order,
});
await record(
  "mark-deleted-paid",
  "Marking the deleted request as paid.",
  "POST",
  `/admin/payment-collections/${open}/mark-as-paid`,
  { body: { order_id: order }, orderId: order },
);
await record(
  "create-rest",
  "A new open request for the 15 left: its payment link asks for 15.",
  "POST",
  "/admin/payment-collections",
  { body: { order_id: order, amount: 15 }, orderId: order },
);
const over = await record(
  "create-over-outstanding",
  "A collection above what is owed is accepted too.",
  "POST",
  "/admin/payment-collections",
  { body: { order_id: order, amount: 100 }, orderId: order },
);
await record("delete-over", "Removed again.", "DELETE", `/admin/payment-collections/${over.payment_collection.id}`, {
  orderId: order,
});
const zero = await record("create-zero", "A collection of 0.", "POST", "/admin/payment-collections", {
  body: { order_id: order, amount: 0 },
  orderId: order,
});
if (zero?.payment_collection)
  await record("delete-zero", "Removed again.", "DELETE", `/admin/payment-collections/${zero.payment_collection.id}`, {
    orderId: order,
  });
const onCanceled = await record(
  "create-on-canceled",
  "A collection on a canceled order.",
  "POST",
  "/admin/payment-collections",
  { body: { order_id: canceled, amount: 10 }, orderId: canceled },
);
if (onCanceled?.payment_collection) {
  await record(
    "mark-paid-on-canceled",
    "Marking it as paid on the canceled order.",
    "POST",
    `/admin/payment-collections/${onCanceled.payment_collection.id}/mark-as-paid`,
    { body: { order_id: canceled }, headers: { "idempotency-key": `${key}-canceled` }, orderId: canceled },
  );
}
await record(
  "order-metadata-on-canceled",
  "The order's metadata on a canceled order.",
  "POST",
  `/admin/orders/${canceled}?fields=id,metadata`,
  { body: { metadata: { note: "x" } }, orderId: canceled },
);
await record(
  "order-after",
  "The order at the end.",
  "GET",
  `/admin/orders/${order}?fields=${encodeURIComponent(ORDER_FIELDS)}`,
);
