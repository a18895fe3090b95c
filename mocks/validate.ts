// Request-body checks with the wording of Medusa's zod validation errors.
import { MedusaError } from "./rules";

type Rule = { readonly type: "number" | "string"; readonly required?: boolean; readonly positive?: boolean };

export function validateBody<T>(body: unknown, rules: Record<string, Rule>): T {
  const fail = (message: string) => new MedusaError(400, "invalid_data", `Invalid request: ${message}`);
  const data = (body ?? {}) as Record<string, unknown>;
  if (typeof data !== "object" || Array.isArray(data)) throw fail("Expected an object body");
  const unknown = Object.keys(data).filter((k) => !(k in rules));
  if (unknown.length) throw fail(`Unrecognized fields: ${unknown.map((k) => `'${k}'`).join(", ")}`);
  for (const [field, rule] of Object.entries(rules)) {
    const value = data[field];
    if (value === undefined || value === null) {
      if (rule.required) throw fail(`Field '${field}' is required`);
      continue;
    }
    if (typeof value !== rule.type || (rule.type === "number" && !Number.isFinite(value))) {
      throw fail(`Expected type: '${rule.type}' for field '${field}', got: '${String(value)}'`);
    }
    if (rule.positive && (value as number) <= 0) {
      throw fail(`Value for field '${field}' too small, expected at least: '0'`);
    }
  }
  return data as T;
}

/** The same check as a step of its own, for a route that runs it before anything else. */
export const validate =
  (rules: Record<string, Rule>) =>
  (body: unknown): void => {
    validateBody(body, rules);
  };
