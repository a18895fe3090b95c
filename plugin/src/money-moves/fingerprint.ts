import { createHash } from "node:crypto";

/** JSON text with every object's keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    const members = keys.filter((key) => record[key] !== undefined);
    return `{${members.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The fingerprint stored beside a key: the same body in any key order gives the same hash. */
export function bodyFingerprint(body: unknown): string {
  return createHash("sha256")
    .update(canonicalJson(body ?? {}))
    .digest("hex");
}
