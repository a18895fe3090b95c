// Answers from the mock and from a real server, put in terms both can share: only the fields the
// app reads (appView in ../app-answers.ts strips the rest), ids replaced by their prefix and the
// order they first appeared in, timestamps by "<date>", display ids by "<display_id>". What is
// left must be equal, and a difference is printed one field per line.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Medusa's ids: a lower-case prefix, "_", then a ULID ("pay_col_01J...", "refr_01K..."). */
const ID = /^([a-z]+(?:_[a-z]+)*)_(01[0-9A-Z]{18,30})$/;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * One side's naming of ids: the first "pay_..." met is "pay#1", the next new one "pay#2", and
 * so on, for the whole run, so the same payment keeps its name from step to step. Keys are
 * walked in sorted order, so both sides name the same things alike.
 */
export function idNamer() {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  const name = (id: string, prefix: string) => {
    let known = names.get(id);
    if (!known) {
      const n = (counts.get(prefix) ?? 0) + 1;
      counts.set(prefix, n);
      known = `${prefix}#${n}`;
      names.set(id, known);
    }
    return known;
  };
  const walk = (value: unknown, key?: string): Json => {
    if (key === "display_id" && typeof value === "number") return "<display_id>";
    if (typeof value === "string") {
      const id = ID.exec(value);
      if (id) return name(value, id[1]!);
      return DATE.test(value) ? "<date>" : value;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === "object") {
      const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
      // An id at the end of a key (the app's order metadata: "manual_payment_pay_01...") is named too.
      const named = (k: string) => k.replace(/pay_(01[0-9A-Z]{18,30})$/, (id) => name(id, "pay"));
      return Object.fromEntries(entries.map(([k, v]) => [named(k), walk(v, k)]));
    }
    return (value ?? null) as Json;
  };
  return (value: unknown) => walk(value);
}

/** Every leaf as "path = value", so two answers can be compared line by line. */
function leaves(value: Json, path = "", out = new Map<string, string>()) {
  if (value && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(path, Array.isArray(value) ? "[]" : "{}");
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, JSON.stringify(value));
  return out;
}

/** The fields where the two differ, one line each: "path: real <value>, mock <value>". Empty when equal. */
export function differences(real: unknown, mock: unknown): string[] {
  const r = leaves(real as Json);
  const m = leaves(mock as Json);
  const paths = [...new Set([...r.keys(), ...m.keys()])].sort();
  return paths
    .filter((p) => r.get(p) !== m.get(p))
    .map((p) => `${p || "(whole answer)"}: real ${r.get(p) ?? "(absent)"}, mock ${m.get(p) ?? "(absent)"}`);
}
