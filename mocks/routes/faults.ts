// The demo's fault switches (see `Fault` in db.ts): which armed fault a request meets, and what
// it does to the answer before and after the request is applied.
import { HttpResponse } from "msw";
import type { DB, Fault, FaultKind } from "../db";
import { UNKNOWN_ERROR } from "../rules";
import type { Answer } from "./idempotency";
import { unauthorized } from "./session";

const FAULT_KINDS: readonly FaultKind[] = ["error", "drop-before", "drop-after", "slow", "unauthorized"];

/** Why this list cannot be armed, or nothing when it can. */
export function faultsProblem(faults: Fault[] | undefined): string | undefined {
  if (!Array.isArray(faults)) return "faults must be a list";
  for (const f of faults) {
    if (typeof f?.route !== "string" || !/^[A-Z]+ \/\S*$/.test(f.route)) {
      return `route must read "METHOD /path": ${JSON.stringify(f?.route)}`;
    }
    if (f.kind !== undefined && !FAULT_KINDS.includes(f.kind)) {
      return `kind must be one of ${FAULT_KINDS.join(", ")}: ${JSON.stringify(f.kind)}`;
    }
  }
}

/** The first armed fault whose "METHOD /path/with/*" matches the request, used up once (the caller saves). */
export function takeFault(db: DB, request: Request): Fault | null {
  const path = new URL(request.url).pathname;
  const faults = db.faults ?? [];
  const fault = faults.find((f) => {
    const [method, pattern = ""] = f.route.split(" ");
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}$`);
    return method === request.method && re.test(path);
  });
  if (!fault) return null;
  fault.times = (fault.times ?? 1) - 1;
  db.faults = faults.filter((f) => (f.times ?? 1) > 0);
  return fault;
}

/** What a fault answers before the request is applied; null lets the request through. */
export function answerBefore(fault: Fault | null): Response | null {
  switch (fault?.kind ?? "error") {
    case "error":
      return fault ? HttpResponse.json((fault.body ?? UNKNOWN_ERROR) as object, { status: fault.status ?? 500 }) : null;
    case "unauthorized":
      return unauthorized();
    case "drop-before":
      return HttpResponse.error();
    default:
      return null;
  }
}

// Answers a "slow" fault is holding back. A test lets them go when it has seen what it came to
// see, instead of betting that a busy machine gets there before the delay runs out.
const held = new Set<() => void>();

/** Sends every answer a "slow" fault is holding now. */
export function releaseHeld() {
  held.forEach((release) => release());
}

function hold(ms: number) {
  return new Promise<void>((resolve) => {
    const release = () => {
      held.delete(release);
      resolve();
    };
    held.add(release);
    setTimeout(release, ms);
  });
}

/** The answer of an applied request, lost ("drop-after") or late ("slow") as the fault says. */
export async function answerAfter(fault: Fault | null, answer: Answer): Promise<Response> {
  if (fault?.kind === "drop-after") return HttpResponse.error();
  if (fault?.kind === "slow") await hold(fault.delayMs ?? 4000);
  return HttpResponse.json(answer.body as object, { status: answer.status, headers: answer.headers });
}
