// Helpers shared by start.mjs and stop.mjs: paths, the state file, processes.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import net from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
/**
 * The copy of the state file that tools in the repo read; git-ignored. E2E_MEDUSA_STATE names
 * another one, so two harnesses can run side by side (each tool reads the same variable).
 */
export const LOCAL_STATE = process.env.E2E_MEDUSA_STATE
  ? resolve(process.env.E2E_MEDUSA_STATE)
  : join(HERE, ".state.json");
/** Every temp folder this harness makes starts with this, so stop.mjs can refuse any other path. */
export const TEMP_PREFIX = "medusa-e2e-";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function log(message) {
  process.stdout.write(`[medusa-e2e] ${message}\n`);
}

export function readState(file = LOCAL_STATE) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** True while a process with this PID exists (zombies included, which is fine for our children). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 1) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The command line of a process, or "" when it is gone or unreadable (non-Linux). */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

/**
 * Ends one process by its PID: `signal` first, then SIGKILL after `graceMs`.
 * `expect` is a string its command line must contain, so a PID reused by some
 * other program after a reboot is never touched.
 */
export async function stopPid(pid, { expect, signal = "SIGTERM", graceMs = 15_000, name = "process" } = {}) {
  if (!isRunning(pid)) return "not running";
  const cmd = commandLine(pid);
  if (expect && cmd && !cmd.includes(expect)) {
    log(`PID ${pid} is not our ${name} any more (${cmd.slice(0, 80)}); left alone`);
    return "not ours";
  }
  try {
    process.kill(pid, signal);
  } catch {
    return "not running";
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return "stopped";
    await sleep(100);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 50 && isRunning(pid); i++) await sleep(100);
  return "killed";
}

/** True while the process exists and has not exited (an exited one waiting to be reaped is a zombie). */
export function isRunning(pid) {
  return isAlive(pid) && !isZombie(pid);
}

export function isZombie(pid) {
  try {
    return /^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Removes one of our temp folders; refuses anything that does not look like one. */
export function removeTempDir(dir) {
  if (!dir || !existsSync(dir)) return false;
  if (!dir.split(/[\\/]/).pop().startsWith(TEMP_PREFIX)) {
    log(`refusing to remove ${dir}: not a folder this harness made`);
    return false;
  }
  rmSync(dir, { recursive: true, force: true });
  return true;
}

export function removeLocalState() {
  try {
    unlinkSync(LOCAL_STATE);
  } catch {
    /* not there */
  }
}

/** Whether nothing listens on host:port right now (we can bind it ourselves). */
export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port that is free now: `preferred` if it is, else one the kernel hands out. */
export async function freePort(preferred, taken = []) {
  if (preferred && !taken.includes(preferred) && (await portIsFree(preferred))) return preferred;
  for (let i = 0; i < 20; i++) {
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen({ port: 0, host: "127.0.0.1" }, () => {
        const { port: p } = server.address();
        server.close(() => resolve(p));
      });
    });
    if (!taken.includes(port) && (await portIsFree(port))) return port;
  }
  throw new Error("could not find a free port on 127.0.0.1");
}

/** Commands run() has under way: PID -> true. Each leads a process group of its own. */
const running = new Set();

/** Ends the process groups of the commands still under way (on Ctrl-C or a failure). */
export async function stopRunning() {
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGTERM"); // the group: db:migrate starts helpers of its own
    } catch {
      /* gone */
    }
  }
  for (let i = 0; i < 50 && running.size; i++) await sleep(100);
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
}

/**
 * Runs a command to completion. Output goes to `logStream` when given and is kept
 * (the last 64 KiB) for error messages. Rejects on a non-zero exit.
 */
export function run(cmd, args, { cwd, env, logStream, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    if (child.pid) running.add(child.pid);
    let tail = "";
    const keep = (chunk) => {
      logStream?.write(chunk);
      tail = (tail + chunk.toString()).slice(-65_536);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.stdin.end(input ?? "");
    child.once("close", (code, signal) => {
      running.delete(child.pid);
      if (code === 0) resolve(tail);
      else {
        const error = new Error(
          `${cmd} ${args.join(" ")} exited with ${code ?? signal}\n${tail.split("\n").slice(-40).join("\n")}`,
        );
        error.output = tail;
        reject(error);
      }
    });
  });
}
