// npm run bench: builds the app and the floor, serves both with the mock Medusa over HTTP,
// measures each figure in fresh browsers (BENCH_RUNS times, 5 by default), then prints the
// table, writes bench/results.json and the README's Performance section.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";
import { assetTable, loadBytes } from "./assets.mjs";
import { buildAll, projectRoot } from "./build.mjs";
import { audit } from "./lighthouse.mjs";
import { buildComparisons, comparisonTable, comparisons, pruneWorktrees } from "./compare.mjs";
import { markdown, misses, show, stat, summarize, writeOutputs } from "./report.mjs";
import * as scenario from "./scenarios.mjs";
import { serve } from "./server.mjs";

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const log = (text) => process.stderr.write(`${text}\n`);
const samples = {};
const requests = {}; // which API requests each figure made, from the last run (results.json)
const add = (key, kind, value) => ((samples[key] ??= { app: [], floor: [] })[kind] ??= []).push(value);
/** Adds every number of a result under "prefix.name". */
const addAll = (prefix, kind, result) =>
  Object.entries(result).forEach(([k, v]) => typeof v === "number" && add(`${prefix}.${k}`, kind, v));

// A run that fails (a browser that did not start, a click that missed) is tried once more.
async function attempt(label, fn) {
  for (let tries = 1; ; tries++) {
    try {
      return await fn();
    } catch (error) {
      if (tries === 2) throw new Error(`${label}: ${error.message}`);
      log(`  ${label} failed (${error.message.split("\n")[0]}), trying again`);
    }
  }
}

const out = mkdtempSync(join(tmpdir(), "order-payments-bench-"));
const loadBefore = loadavg()[0]; // other work on the machine shows up as spread between runs
// The builds go whatever happens, Ctrl-C and crashes included.
process.on("exit", () => {
  rmSync(out, { recursive: true, force: true });
  if (compared.length) pruneWorktrees();
});
const compared = comparisons();
process.once("SIGINT", () => process.exit(130));
const servers = [];
try {
  log("Building the app and the floor…");
  const dirs = await buildAll(out);
  const others = await buildComparisons(compared, out);
  // The mock is TypeScript; Vite's module runner loads it (and our extra orders) as it is.
  const { module: bench } = await runnerImport("/bench/store.ts", {
    configFile: false,
    root: projectRoot,
    logLevel: "warn",
  });
  const store = bench.createBenchStore();
  const appServer = await serve({ root: dirs.app, handlers: store.handlers });
  appServer.put(
    "/config.json",
    JSON.stringify({ backendUrl: appServer.origin, storefrontUrl: "http://localhost:8000" }),
  );
  const floorServer = await serve({ root: dirs.floor, handlers: store.handlers }); // same store, own origin
  servers.push(appServer, floorServer);
  // The same build against a store without the plugin (no server-side limits: the app reads the
  // order before each move), and served as the plugin serves it (the page names its backend).
  const bareStore = bench.createBenchStore({ plugin: false });
  const bareServer = await serve({ root: dirs.app, handlers: bareStore.handlers });
  bareServer.put(
    "/config.json",
    JSON.stringify({ backendUrl: bareServer.origin, storefrontUrl: "http://localhost:8000" }),
  );
  const oneOriginServer = await serve({ root: dirs.app, handlers: store.handlers });
  const { module: site } = await runnerImport("/plugin/src/serve-app/index-html.ts", {
    configFile: false,
    root: projectRoot,
    logLevel: "warn",
  });
  const builtHtml = readFileSync(join(dirs.app, "index.html"), "utf8");
  oneOriginServer.put(
    "/index.html",
    site.servedIndexHtml(builtHtml, { appPath: "", storefrontUrl: "http://localhost:8000" }),
  );
  servers.push(bareServer, oneOriginServer);
  const otherServers = await Promise.all(others.map((o) => serve({ root: o.dir, handlers: store.handlers })));
  servers.push(...otherServers);
  const common = {
    token: bench.BENCH_TOKEN,
    orderId: store.ids.authorized,
    refundOrderId: store.ids.captured,
    refundDisplayId: 1003,
  };
  const app = { ...common, kind: "app", origin: appServer.origin, root: dirs.app };
  const bare = { ...app, origin: bareServer.origin };
  const oneOrigin = { ...app, origin: oneOriginServer.origin };
  const floor = { ...common, kind: "floor", origin: floorServer.origin, root: dirs.floor };
  // Builds of other refs are apps too (the same page, the same checks), recorded under their own name.
  const variants = others.map((o, i) => {
    const origin = otherServers[i].origin;
    otherServers[i].put("/config.json", JSON.stringify({ backendUrl: origin, storefrontUrl: "http://localhost:8000" }));
    return { ...common, kind: "app", name: o.name, origin, root: o.dir };
  });
  const nameOf = (target) => target.name ?? target.kind;
  if (RUNS > store.ids.capturePool.length)
    throw new Error(`at most ${store.ids.capturePool.length} runs (one fresh order per capture)`);
  let lastAppLoad = [];
  let browser = "";

  for (let run = 1; run <= RUNS; run++) {
    log(`Run ${run} of ${RUNS} in the browser…`);
    for (const target of [app, floor, ...variants]) {
      const kind = nameOf(target);
      const load = await attempt(`${kind} load`, () => scenario.loadOrder(target));
      addAll("load", kind, load);
      for (const [key, bytes] of Object.entries(loadBytes(target.root, load.responses))) addAll(key, kind, bytes);
      for (const [key, bytes] of Object.entries(loadBytes(target.root, load.responses, "initial")))
        addAll(`${key}Initial`, kind, bytes);
      add("api.load", kind, load.api.length);
      requests[`${kind} order page load`] = load.api;
      add("api.orderData", kind, load.api.filter((r) => r.startsWith("GET /admin/orders/")).length);
      if (target === app) [lastAppLoad, browser] = [load.responses, load.browser];
      for (const rate of [1, 4]) {
        const open = await attempt(`${kind} capture dialog ${rate}x`, () => scenario.openCapture(target, rate));
        addAll(`capture${rate}`, kind, open);
        // The floor's row menu opens its one dialog: the yardstick for the refund panel.
        const refund = await attempt(`${kind} refund panel ${rate}x`, () => scenario.openRefund(target, rate));
        addAll(`refund${rate}`, kind, refund);
        if (rate === 1 && target === app) {
          add("api.capture", "app", open.api);
          add("api.refund", "app", refund.api);
          Object.assign(requests, {
            "open the capture dialog": open.requests,
            "open the refund panel": refund.requests,
          });
        }
      }
    }
    const toOrder = await attempt("list to order", () => scenario.listToOrder(app));
    addAll("listToOrder", "app", toOrder);
    add("api.listToOrder", "app", toOrder.api);
    const confirm = await attempt("confirm capture", () =>
      scenario.confirmCapture(app, store.ids.capturePool[run - 1]),
    );
    addAll("confirm", "app", confirm);
    add("api.confirm", "app", confirm.api);
    const confirmBare = await attempt("confirm capture without the plugin", () =>
      scenario.confirmCapture(bare, bareStore.ids.capturePool[run - 1]),
    );
    addAll("confirmBare", "app", confirmBare);
    add("api.confirmBare", "app", confirmBare.api);
    const served = await attempt("load served by the plugin", () => scenario.loadOrder(oneOrigin));
    add("loadOneOrigin.ready", "app", served.ready);
    add("api.loadOneOrigin", "app", served.api.length);
    const large = await attempt("large order", () =>
      // Its payments are manual (bench/store.ts): each row is named "Manual payment …" in English.
      scenario.loadHeavy(
        app,
        `/orders/${store.ids.large}`,
        ["count", 'li[aria-label^="Manual payment "]', 100],
        "scroll",
      ),
    );
    addAll("large", "app", large.load);
    addAll("scroll", "app", large.scroll);
    const status = "nav[aria-label='Pagination'] [role='status']";
    // The page writes the count as its locale does (en-US in the bench's browser): "10,010".
    const orders = new Intl.NumberFormat("en-US").format(store.orderCount);
    const next = { button: "Next", ready: ["text", status, `21–40 of ${orders}`] };
    const list = await attempt("orders list", () =>
      scenario.loadHeavy(app, "/orders", ["text", status, `1–20 of ${orders}`], next),
    );
    addAll("list", "app", list.load);
    addAll("next", "app", list.next);
    add("api.list", "app", list.load.api);
    add("api.next", "app", list.next.api);
    Object.assign(requests, {
      "orders list to an order": toOrder.requests,
      "confirm a capture": confirm.requests,
      "confirm a capture, without the plugin": confirmBare.requests,
      "orders list load": list.load.requests,
      "next page of orders": list.next.requests,
    });
  }

  // Without Lighthouse the table still has FCP and LCP from the browser runs above; it says why.
  let lighthouse = "ran";
  try {
    for (let run = 1; run <= RUNS; run++) {
      log(`Run ${run} of ${RUNS} in Lighthouse…`);
      for (const formFactor of ["desktop", "mobile"]) {
        for (const target of [app, floor, ...variants]) {
          const url = `${target.origin}/orders/${target.orderId}`;
          const result = await attempt(`lighthouse ${formFactor} ${target.kind}`, () =>
            audit(url, { formFactor, cookie: `connect.sid=${target.token}` }),
          );
          addAll(formFactor === "desktop" ? "lhDesktop" : "lhMobile", nameOf(target), result);
        }
      }
    }
  } catch (error) {
    lighthouse = `could not run (${error.message.split("\n")[0]})`;
    log(`Lighthouse ${lighthouse}`);
    for (const key of Object.keys(samples)) if (key.startsWith("lh")) delete samples[key];
  }

  const sections = summarize(samples);
  const assets = assetTable(dirs.app, appServer.files, lastAppLoad);
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    runs: RUNS,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.versions.node}, Chromium ${browser}`,
    orders: store.orderCount,
    loadAverage: [loadBefore, loadavg()[0]].map((l) => Math.round(l * 100) / 100),
    lighthouse,
    requests,
  };
  const table = markdown(sections, assets, meta);
  console.log(table);
  if (others.length) {
    meta.compare = {
      refs: Object.fromEntries(compared.map((c) => [c.name, c.ref])),
      table: comparisonTable(
        samples,
        compared.map((c) => c.name),
        stat,
        show,
      ),
    };
    console.log(`\nSide by side (${compared.map((c) => `${c.name} = ${c.ref}`).join(", ")}):\n\n${meta.compare.table}`);
  }
  const missed = misses(sections);
  console.log(missed.length ? `\nMissed budgets:\n- ${missed.join("\n- ")}` : "\nEvery budget met.");
  const here = (file) => fileURLToPath(new URL(file, import.meta.url));
  writeOutputs({
    resultsFile: here("./results.json"),
    readmeFile: here("../README.md"),
    sections,
    assets,
    meta,
    table,
  });
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
