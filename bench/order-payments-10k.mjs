// GET /admin/order-payments on a store of 10,000 orders: starts a Medusa harness with the plugin
// (or reuses the one E2E_MEDUSA_STATE names), grows its store in SQL, checks every order's status
// against Medusa's own list, then times each query RUNS times (20 by default) and prints the
// median and p95 of server time (the route's Server-Timing) and of wall time.
// Then the same for the capture queue (GET /admin/order-payments/to-capture).
// Exits 1 if a payment-status filtered page or a queue page has a median server time over 100 ms.
//   node bench/order-payments-10k.mjs            (not part of CI, nor of npm run bench)
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { crossCheck } from "./order-payments/cross-check.mjs";
import { growStore } from "./order-payments/grow-store.mjs";
import { adminToken, databaseUrl, openHarness } from "./order-payments/harness.mjs";
import { measure } from "./order-payments/timing.mjs";

const ORDERS = Number(process.env.ORDERS ?? 10_000);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 20));
const BUDGET_MS = 100;
const STATUSES = ["not_paid", "awaiting", "authorized", "partially_authorized", "captured", "partially_captured"];
STATUSES.push("partially_refunded", "refunded", "canceled", "requires_action");

// [label, query string, held to the budget?]
const QUERIES = [
  ["first page, no filter", "", false],
  ...STATUSES.map((s) => [`payment_status=${s}`, `payment_status[]=${s}`, true]),
  ["captured or refunded", "payment_status[]=captured&payment_status[]=refunded", true],
  ["authorized, page 2", "payment_status[]=authorized&offset=50", true],
  ["authorized, page 20 by display_id", "payment_status[]=authorized&offset=950&order=display_id", true],
  ["authorized + q=lovelace", "payment_status[]=authorized&q=lovelace", true],
  ["q=#5123", "q=%235123", false],
  ["q=ada+7 (email)", "q=ada%2B7", false],
  ["q=turing (name)", "q=turing", false],
];
// The capture queue (GET /admin/order-payments/to-capture), held to the same budget.
const QUEUE = [
  ["to capture, first page", "", true],
  ["to capture, page 5, 3-day manual window", "offset=200&provider_window_days[pp_system_default]=3", true],
  ["to capture, count only (the header)", "limit=0", true],
];

const pg = createRequire(new URL("../e2e/medusa/package.json", import.meta.url))("pg");
const fmt = (ms) => ms.toFixed(1).padStart(7);
const log = (text) => process.stderr.write(`${text}\n`);

const { state, stop } = await openHarness();
let failed = false;
try {
  const client = new pg.Client({ connectionString: databaseUrl(state) });
  await client.connect();
  const total = await growStore(client, ORDERS).finally(() => client.end());
  const token = await adminToken(state);
  const base = state.loopbackUrl;
  log(`Store: ${total} orders. Checking each order's payment_status against GET /admin/orders...`);
  log(`Same status for all of them: ${JSON.stringify(await crossCheck(base, token))}`);

  let source;
  for (const [, query] of QUERIES) ({ source } = await measure(`${base}/admin/order-payments?${query}`, token, 2)); // warm-up
  // Other work on the machine shows in every figure: say how busy it was.
  const load = () => loadavg()[0].toFixed(1);
  console.log(`\nGET /admin/order-payments, ${total} orders, ${RUNS} runs each (ms), ${cpus().length} CPUs`);
  console.log(`Load average (1 min) before: ${load()}; statuses: ${source}`);
  console.log(`${"query".padEnd(38)} matches  server median    p95 | wall median    p95`);
  const routes = [
    ...QUERIES.map(([label, query, budgeted]) => [label, `/admin/order-payments?${query}`, budgeted]),
    ...QUEUE.map(([label, query, budgeted]) => [label, `/admin/order-payments/to-capture?${query}`, budgeted]),
  ];
  for (const [, path] of routes.slice(QUERIES.length)) await measure(`${base}${path}`, token, 2); // warm-up
  for (const [label, path, budgeted] of routes) {
    const r = await measure(`${base}${path}`, token, RUNS);
    const over = budgeted && r.server.median > BUDGET_MS;
    failed ||= over;
    console.log(
      `${label.padEnd(38)} ${String(r.count).padStart(7)}  ${fmt(r.server.median)}  ${fmt(r.server.p95)}` +
        ` | ${fmt(r.wall.median)}  ${fmt(r.wall.p95)}${over ? `  OVER ${BUDGET_MS} ms` : ""}`,
    );
  }
  console.log(
    `Load average after: ${load()}\n\nBudget: median server time of a payment-status filtered page or a capture queue page <= ${BUDGET_MS} ms: ${failed ? "MISSED" : "met"}`,
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
