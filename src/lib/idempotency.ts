/** One key per dialog opening: a repeated submit of the same form is the same request. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
