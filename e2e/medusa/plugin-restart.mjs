#!/usr/bin/env node
// Checks that an Idempotency-Key outlives a Medusa restart (the plugin keeps keys in PostgreSQL):
// a keyed capture, then the Medusa process is stopped and started again on the same database and
// port, then the same capture with the same key. With the plugin it must be a replay and the
// payment must hold one capture; without it (state `plugin: false`) Medusa captures again.
// Run once against a harness you started; it leaves the restarted server in the state file, so
// `node stop.mjs` still stops it:
//   E2E_MEDUSA_STATE=<state file> node e2e/medusa/start.mjs
//   E2E_MEDUSA_STATE=<state file> node e2e/medusa/plugin-restart.mjs
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HERE, LOCAL_STATE, log, readState, sleep, stopPid } from "./lib.mjs";
import { applySteps, client, placeOrder } from "./seed.mjs";

const CLI = join(HERE, "node_modules", "@medusajs", "cli", "cli.js");
// The origins start.mjs always allows, so the SPA can still use the restarted server.
const ORIGINS = ["http://localhost:4174", "http://localhost:5173", "http://127.0.0.1:4174", "http://127.0.0.1:5173"];

const state = readState();
if (!state?.pids?.medusa) throw new Error(`No running harness in ${LOCAL_STATE}; start one with start.mjs first.`);
const plugin = state.plugin !== false;

async function admin() {
  const res = await fetch(`${state.loopbackUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(state.admin),
  });
  const { token } = await res.json();
  return async (method, path, body, key) => {
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    if (key) headers["idempotency-key"] = key;
    const res = await fetch(`${state.loopbackUrl}${path}`, { method, headers, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text(), replayed: res.headers.get("idempotent-replayed") };
  };
}

/** The same command and settings start.mjs uses; new secrets, so old tokens end as they would. */
async function restartMedusa() {
  const result = await stopPid(state.pids.medusa, { expect: "cli.js start", name: "medusa" });
  log(`medusa (PID ${state.pids.medusa}): ${result}`);
  const origins = [...ORIGINS, ...(process.env.E2E_MEDUSA_ORIGINS ?? "").split(",").filter(Boolean)].join(",");
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  delete env.REDIS_URL;
  Object.assign(env, {
    NODE_ENV: "production",
    DATABASE_URL: `postgres://postgres@127.0.0.1:${state.ports.postgres}/medusa_e2e`,
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
    JWT_SECRET: randomBytes(24).toString("hex"),
    COOKIE_SECRET: randomBytes(24).toString("hex"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    E2E_MEDUSA_PLUGIN: plugin ? "on" : "off",
  });
  const out = openSync(state.logs.medusa, "a");
  const child = spawn(process.execPath, [CLI, "start", "-H", "127.0.0.1", "-p", String(state.ports.medusa)], {
    cwd: HERE,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  child.unref();
  state.pids.medusa = child.pid;
  const text = `${JSON.stringify(state, null, 2)}\n`;
  writeFileSync(LOCAL_STATE, text);
  if (state.stateFile) writeFileSync(state.stateFile, text);
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    try {
      if ((await fetch(`${state.loopbackUrl}/health`)).status === 200) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`the restarted Medusa did not answer /health within 180 s (log: ${state.logs.medusa})`);
}

const api = client(state.loopbackUrl);
await api.login(state.admin.email, state.admin.password);
api.setPublishableKey(state.publishableKey);
const spec = {
  role: "restart",
  name: "Restart Check",
  email: "restart@example.com",
  lines: [["Analytical Notebook", 2]],
  shipping: 10,
  steps: [],
};
const order = await placeOrder(api, state.catalog, spec);
await applySteps(api, state.catalog, {}, order, []);
const call = await admin();
const { text: orderText } = await call("GET", `/admin/orders/${order.id}?fields=id,*payment_collections.payments`);
const paymentId = JSON.parse(orderText).order.payment_collections[0].payments[0].id;

const key = `restart-check-${randomUUID()}`;
const first = await call("POST", `/admin/payments/${paymentId}/capture`, { amount: 10 }, key);
log(`first capture: ${first.status}`);
const took = await restartMedusa();
log(`medusa restarted (PID ${state.pids.medusa}) in ${(took / 1000).toFixed(1)} s`);
const callAgain = await admin();
const again = await callAgain("POST", `/admin/payments/${paymentId}/capture`, { amount: 10 }, key);
const payment = JSON.parse((await callAgain("GET", `/admin/payments/${paymentId}?fields=id,*captures`)).text).payment;
const captures = payment.captures.map((c) => c.amount);
log(`after the restart: ${again.status}, Idempotent-Replayed ${again.replayed}, captures [${captures.join(", ")}]`);

const ok = plugin
  ? again.status === 200 && again.replayed === "true" && again.text === first.text && captures.length === 1
  : again.status === 200 && again.replayed === null && captures.length === 2;
log(
  ok
    ? `OK: ${plugin ? "the key outlived the restart (one capture, same answer)" : "without the plugin Medusa captured again"}`
    : "FAILED",
);
process.exit(ok ? 0 : 1);
