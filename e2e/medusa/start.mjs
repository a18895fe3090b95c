#!/usr/bin/env node
// Starts a real Medusa 2.x server from scratch for the e2e suite: installs this folder's
// packages (once per lockfile), runs a throwaway PostgreSQL on loopback, migrates, creates
// the admin user, starts Medusa, seeds orders over HTTP and writes a state file.
// Stop everything with `node stop.mjs`. See README.md.
//
// Options (environment):
//   MEDUSA_PORT, PG_PORT       preferred ports (used only if free; otherwise a free one is picked)
//   PG_BINDIR                  PostgreSQL server binaries, if not found by pg_config or the usual place
//   E2E_MEDUSA_ORIGINS         comma-separated extra origins for CORS (the app's usual ones are built in)
//   E2E_MEDUSA_EXTRA_ORDERS    filler orders to add after the named ones (default 0)
//   E2E_MEDUSA_PLUGIN=off      run Medusa as a store without this repository's plugin
//   E2E_MEDUSA_STATE           where to write the state file (default .state.json here)
//   E2E_MEDUSA_ADMIN=on        also serve Medusa's own admin at /app (development mode, for screenshots)
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  HERE,
  LOCAL_STATE,
  TEMP_PREFIX,
  freePort,
  isRunning,
  log,
  readState,
  removeLocalState,
  removeTempDir,
  run,
  sleep,
  stopPid,
  stopRunning,
} from "./lib.mjs";
import { installPlugin, pluginWanted } from "./plugin.mjs";
import { seed } from "./seed.mjs";

const ADMIN = { email: "admin@example.com", password: "supersecret" };
const PG_USER = "medusa-e2e-pg";
const DB_NAME = "medusa_e2e";
const APP_ORIGINS = [
  "http://localhost:4174",
  "http://localhost:5173",
  "http://127.0.0.1:4174",
  "http://127.0.0.1:5173",
];
const CLI = join(HERE, "node_modules", "@medusajs", "cli", "cli.js");
const STAMP = join(HERE, "node_modules", ".e2e-medusa-install-stamp");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const timings = {};
async function phase(name, fn) {
  const started = Date.now();
  log(`${name}...`);
  const result = await fn();
  if (interrupted) throw new Error("interrupted");
  timings[name] = Math.round((Date.now() - started) / 100) / 10;
  log(`${name} done in ${timings[name]} s`);
  return result;
}

// What has been started so far, so a failure or Ctrl-C can undo it.
const state = {
  startedAt: new Date().toISOString(),
  backendUrl: null,
  loopbackUrl: null,
  admin: ADMIN,
  publishableKey: null,
  pids: { postgres: null, medusa: null },
  ports: { postgres: null, medusa: null },
  tempDir: null,
  dataDir: null,
  logs: {},
  stateFile: null,
  timings,
  orders: {},
};

function writeState() {
  if (undoing) return; // being torn down: leave no state file behind
  const text = `${JSON.stringify(state, null, 2)}\n`;
  if (state.stateFile) writeFileSync(state.stateFile, text);
  writeFileSync(LOCAL_STATE, text);
}

// ---------------------------------------------------------------- install

function installHash() {
  const h = createHash("sha256");
  // The lockfile pins every package and repeats package.json's dependency lists.
  h.update(readFileSync(join(HERE, "package-lock.json")));
  h.update(`${process.version.split(".")[0]} ${process.platform} ${process.arch}`);
  return h.digest("hex");
}

async function ensureInstalled() {
  const hash = installHash();
  if (existsSync(CLI) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash) {
    log("node_modules matches package-lock.json: install skipped");
    return false;
  }
  const env = { ...process.env };
  // When started through `npm run` in the app, don't let the app's npm settings leak in.
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: HERE, env });
  writeFileSync(STAMP, `${hash}\n`);
  return true;
}

// ---------------------------------------------------------------- PostgreSQL

function postgresBinDir() {
  const candidates = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  try {
    candidates.push(
      execFileSync("pg_config", ["--bindir"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
  } catch {
    /* no pg_config */
  }
  try {
    const root = "/usr/lib/postgresql";
    const versions = readdirSync(root).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    for (const v of versions) candidates.push(join(root, v, "bin"));
  } catch {
    /* no Debian layout */
  }
  return candidates.find((dir) =>
    ["initdb", "pg_ctl", "postgres", "createdb"].every((bin) => existsSync(join(dir, bin))),
  );
}

function ensurePgUser() {
  const ids = () => ({
    uid: Number(
      execFileSync("id", ["-u", PG_USER], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    ),
    gid: Number(
      execFileSync("id", ["-g", PG_USER], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    ),
  });
  try {
    return ids();
  } catch {
    /* not created yet */
  }
  const args = ["-r", "-M", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", PG_USER];
  try {
    execFileSync("useradd", args, { stdio: "pipe" });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    execFileSync("/usr/sbin/useradd", args, { stdio: "pipe" });
  }
  return ids();
}

/** [command, args] that run a PostgreSQL binary as the dedicated user when we are root. */
function asPg(bin, args) {
  return isRoot ? ["runuser", ["-u", PG_USER, "--", bin, ...args]] : [bin, args];
}

async function startPostgres(bindir) {
  const pgRoot = join(state.tempDir, "pg");
  const dataDir = join(pgRoot, "data");
  const sockDir = join(pgRoot, "sock");
  const logFile = join(pgRoot, "postgres.log");
  mkdirSync(sockDir, { recursive: true });
  if (isRoot) {
    const { uid, gid } = ensurePgUser();
    chownSync(pgRoot, uid, gid);
    chownSync(sockDir, uid, gid);
  }
  chmodSync(pgRoot, 0o700);
  state.dataDir = dataDir;
  state.logs.postgres = logFile;

  const setupLog = createWriteStream(join(state.tempDir, "setup.log"), { flags: "a" });
  await run(
    ...asPg(join(bindir, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]),
    { logStream: setupLog },
  );

  const port = await freePort(Number(process.env.PG_PORT) || 0);
  state.ports.postgres = port;
  // A throwaway cluster: durability settings off make the migrations a good deal faster.
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k '${sockDir}'`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  await run(...asPg(join(bindir, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]), {
    logStream: setupLog,
  });
  const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  state.pids.postgres = pid;
  writeState();
  await run(join(bindir, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", DB_NAME], {
    logStream: setupLog,
  });
  setupLog.end();
  return `postgres://postgres@127.0.0.1:${port}/${DB_NAME}`;
}

// ---------------------------------------------------------------- Medusa

function medusaEnv(databaseUrl) {
  const origins = [
    ...APP_ORIGINS,
    ...(process.env.E2E_MEDUSA_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ].join(",");
  const env = {
    ...process.env,
    // Medusa's admin (E2E_MEDUSA_ADMIN=on) is served by its Vite dev server in development mode:
    // no dashboard build before a start; Vite compiles it on the first page load instead.
    NODE_ENV: process.env.E2E_MEDUSA_ADMIN === "on" ? "development" : "production",
    DATABASE_URL: databaseUrl,
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(24).toString("hex"),
    COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(24).toString("hex"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    E2E_MEDUSA_PLUGIN: pluginWanted() ? "on" : "off",
  };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  delete env.REDIS_URL;
  return env;
}

async function startMedusa(env) {
  const port = await freePort(Number(process.env.MEDUSA_PORT) || 0, [state.ports.postgres]);
  state.ports.medusa = port;
  // The browser side uses `localhost`, the SPA's own host, so session cookies stay same-site;
  // scripts may use the loopback address the server listens on.
  state.backendUrl = `http://localhost:${port}`;
  state.loopbackUrl = `http://127.0.0.1:${port}`;
  const logFile = join(state.tempDir, "medusa.log");
  state.logs.medusa = logFile;
  const out = openSync(logFile, "a");
  // detached: a session of its own (setsid), so it outlives this script and our terminal.
  const child = spawn(process.execPath, [CLI, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: HERE,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = code ?? signal;
  });
  child.unref();
  state.pids.medusa = child.pid;
  writeState();

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`medusa start exited with ${exited}\n${tail(logFile)}`);
    try {
      const res = await fetch(`${state.loopbackUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`medusa did not answer GET /health within 180 s\n${tail(logFile)}`);
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------- main

let undoing = null;
let interrupted = false;
/** Stops whatever this run started; once, however many times it is asked. */
function undo() {
  undoing ??= undoNow();
  return undoing;
}

async function undoNow() {
  await stopRunning();
  if (state.pids.medusa) await stopPid(state.pids.medusa, { expect: "cli.js start", name: "medusa" });
  if (state.pids.postgres)
    await stopPid(state.pids.postgres, { expect: state.dataDir ?? "postgres", signal: "SIGINT", name: "postgres" });
  removeTempDir(state.tempDir);
  removeLocalState();
}

async function main() {
  const previous = readState();
  if (previous && [previous.pids?.medusa, previous.pids?.postgres].some(isRunning)) {
    console.error(
      `A harness started earlier is still running (${previous.backendUrl}). Run \`node stop.mjs\` in this folder first.`,
    );
    process.exit(1);
  }

  const bindir = postgresBinDir();
  if (!bindir) {
    console.error(
      "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.\n" +
        "Install the Debian package `postgresql` (apt-get install postgresql), or set PG_BINDIR to their folder.",
    );
    process.exit(1);
  }
  if (isRoot) {
    try {
      execFileSync("runuser", ["--help"], { stdio: "ignore" });
    } catch {
      console.error("Running as root needs `runuser` (Debian package util-linux) to start PostgreSQL as another user.");
      process.exit(1);
    }
  }

  const total = Date.now();
  const installed = await phase("install", ensureInstalled);
  timings.installRan = installed;
  state.plugin = pluginWanted();
  if (state.plugin) await phase("plugin", () => installPlugin());

  state.tempDir = mkdtempSync(join(tmpdir(), TEMP_PREFIX));
  chmodSync(state.tempDir, 0o755); // the PostgreSQL user must be able to reach its folder inside
  state.stateFile = join(state.tempDir, "state.json");
  writeState();

  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping what was started`);
    undo().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    const databaseUrl = await phase("postgres", () => startPostgres(bindir));
    const env = medusaEnv(databaseUrl);
    const medusaLog = createWriteStream(join(state.tempDir, "setup.log"), { flags: "a" });
    await phase("migrate", () => run(process.execPath, [CLI, "db:migrate"], { cwd: HERE, env, logStream: medusaLog }));
    // Creating the user boots Medusa's container once more (~15 s); it runs beside the server's start.
    await phase("start", async () => {
      const started = Date.now();
      const user = run(process.execPath, [CLI, "user", "-e", ADMIN.email, "-p", ADMIN.password], {
        cwd: HERE,
        env,
        logStream: medusaLog,
      }).then(() => {
        timings.user = Math.round((Date.now() - started) / 100) / 10;
      });
      await Promise.all([user, startMedusa(env)]);
      medusaLog.end();
    });
    const extraOrders = Number(process.env.E2E_MEDUSA_EXTRA_ORDERS) || 0;
    const seeded = await phase("seed", () =>
      seed({
        baseUrl: state.loopbackUrl,
        email: ADMIN.email,
        password: ADMIN.password,
        extraOrders,
        onProgress: (m) => {
          if (interrupted) throw new Error("interrupted");
          log(`  ${m}`);
        },
      }),
    );
    state.publishableKey = seeded.catalog.publishableKey;
    state.catalog = seeded.catalog;
    state.orders = seeded.orders;
    timings.total = Math.round((Date.now() - total) / 100) / 10;
    writeState();
  } catch (error) {
    if (interrupted) {
      await undo();
      process.exit(130);
    }
    console.error(`\n[medusa-e2e] failed: ${error.stack ?? error}`);
    for (const [name, file] of Object.entries({ ...state.logs, setup: join(state.tempDir, "setup.log") })) {
      const text = tail(file, 25);
      if (text.trim()) console.error(`\n--- last lines of ${name} log ---\n${text}`);
    }
    await undo();
    process.exit(1);
  }

  if (interrupted) {
    await undo();
    process.exit(130);
  }
  const failed = Object.entries(state.orders).filter(([, o]) => !o.ok && !o.optional);
  log(`backend: ${state.backendUrl}  (admin ${ADMIN.email} / ${ADMIN.password})`);
  log(`pids: medusa ${state.pids.medusa}, postgres ${state.pids.postgres}`);
  log(`state: ${state.stateFile}`);
  log(`       ${LOCAL_STATE}`);
  log(`timings (s): ${JSON.stringify(timings)}`);
  if (failed.length) {
    console.error(
      `[medusa-e2e] orders not in their expected state: ${failed.map(([role]) => role).join(", ")} (server left running; see the state file)`,
    );
    process.exit(2);
  }
}

await main();
