// The real-Medusa harness for the 10,000-order measurement: reuse a running one named by
// E2E_MEDUSA_STATE, or start a private one (and stop only that one at the end).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const node = (script, stateFile) =>
  spawnSync(process.execPath, [join(REPO, "e2e/medusa", script)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, E2E_MEDUSA_STATE: stateFile },
  }).status;

async function answers(state) {
  try {
    return (await fetch(`${state.loopbackUrl}/health`)).ok;
  } catch {
    return false;
  }
}

/** { state, stop }: `stop` stops the harness only if this call started it. */
export async function openHarness() {
  const given = process.env.E2E_MEDUSA_STATE;
  if (given && existsSync(given)) {
    const state = JSON.parse(readFileSync(given, "utf8"));
    if (state.plugin === false) throw new Error(`${given} runs Medusa without the plugin: nothing to measure.`);
    if (await answers(state)) return { state, stop: () => {} };
  }
  const stateFile = join(tmpdir(), `order-payments-10k-${process.pid}-state.json`);
  if (node("start.mjs", stateFile) !== 0) throw new Error("The Medusa harness did not start (see above).");
  const state = JSON.parse(readFileSync(stateFile, "utf8"));
  return { state, stop: () => node("stop.mjs", stateFile) };
}

export const databaseUrl = (state) => `postgres://postgres@127.0.0.1:${state.ports.postgres}/medusa_e2e`;

export async function adminToken(state) {
  const res = await fetch(`${state.loopbackUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(state.admin),
  });
  if (!res.ok) throw new Error(`Sign-in failed: ${res.status}`);
  return (await res.json()).token;
}
