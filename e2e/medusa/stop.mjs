#!/usr/bin/env node
// Stops what start.mjs started, by the PIDs it saved (never by process name), and removes
// its temp folder. Safe to run twice, or when nothing is running.
//   node stop.mjs [state-file]     default: .state.json beside this script
import { LOCAL_STATE, isRunning, log, readState, removeLocalState, removeTempDir, stopPid } from "./lib.mjs";

const file = process.argv[2] ?? LOCAL_STATE;
const state = readState(file);
if (!state) {
  log(`nothing to stop (no state at ${file})`);
  process.exit(0);
}

let clean = true;
const medusa = state.pids?.medusa;
if (medusa) {
  // SIGTERM: Medusa shuts its server and database pool down gracefully.
  const result = await stopPid(medusa, { expect: "cli.js start", name: "medusa" });
  log(`medusa (PID ${medusa}): ${result}`);
  if (isRunning(medusa) && result !== "not ours") clean = false;
}
const postgres = state.pids?.postgres;
if (postgres) {
  // SIGINT is PostgreSQL's "fast" shutdown: disconnect clients, stop at once.
  const result = await stopPid(postgres, {
    expect: state.dataDir || "postgres",
    signal: "SIGINT",
    graceMs: 20_000,
    name: "postgres",
  });
  log(`postgres (PID ${postgres}): ${result}`);
  if (isRunning(postgres) && result !== "not ours") clean = false;
}

if (!clean) {
  console.error("[medusa-e2e] a process did not stop; the temp folder and state were kept");
  process.exit(1);
}
if (removeTempDir(state.tempDir)) log(`removed ${state.tempDir}`);
// The local copy goes too when it describes the same run.
if (file === LOCAL_STATE || readState(LOCAL_STATE)?.tempDir === state.tempDir) removeLocalState();
log("stopped");
