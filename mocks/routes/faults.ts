// The demo's fault switches (see `Fault` in db.ts): which armed fault a request meets, and what
// it does to the answer before and after the request is applied.
import { HttpResponse } from "msw";
import type { DB, Fault, FaultKind } from "../db";
import { UNKNOWN_ERROR } from "../rules";
import type { Answer } from "./idempotency";
import { unauthorized } from "./session";

const FAULT_KINDS: readonly FaultKind[] = [
  "error",
  "drop-before",
  "drop-after",
  "error-after",
  "error-while-running",
  "slow",
  "unauthorized",
];

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

// Answers a "slow" fault is holding back, and requests an "error-while-running" one has not applied
// yet. A test lets them go when it has seen what it came to see, instead of betting that a busy
// machine gets there before the delay runs out.
const held = new Set<() => void>();

/** Sends every answer a "slow" fault is holding now, and applies every request held back. */
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

const GATEWAY_REASONS: Record<number, string> = {
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** What a proxy in front of Medusa sends when it gives up: its own HTML page, not Medusa's JSON. */
function gatewayAnswer(fault: Fault, status: number): Response {
  const body = fault.body;
  if (body !== undefined && typeof body !== "string") return HttpResponse.json(body as object, { status });
  const title = `${status} ${GATEWAY_REASONS[status] ?? "Error"}`;
  return HttpResponse.html(
    body ?? `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>\n`,
    {
      status,
    },
  );
}

/** Applies the request; `until`, when given, is called once the key is taken and holds the request back. */
export type Apply = (until?: () => Promise<void>) => Promise<Answer>;

/**
 * The answer of a request that gets past answerBefore: applied, then its answer lost ("drop-after"),
 * replaced by a gateway's ("error-after") or late ("slow"); or a gateway's answer as soon as the
 * plugin holds the key, while the request is applied later ("error-while-running").
 */
export async function answerAfter(fault: Fault | null, apply: Apply): Promise<Response> {
  if (fault?.kind === "error-while-running") {
    const delayMs = fault.delayMs ?? 4000;
    // Resolves when the request waits with its key taken, or ends without running (a refused body, a replay).
    await new Promise<void>((waiting) => {
      void apply(() => {
        waiting();
        return hold(delayMs);
      }).finally(waiting);
    });
    return gatewayAnswer(fault, fault.status ?? 504);
  }
  const answer = await apply();
  if (fault?.kind === "drop-after") return HttpResponse.error();
  if (fault?.kind === "error-after") return gatewayAnswer(fault, fault.status ?? 502);
  if (fault?.kind === "slow") await hold(fault.delayMs ?? 4000);
  return HttpResponse.json(answer.body as object, { status: answer.status, headers: answer.headers });
}
