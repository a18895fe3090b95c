// The orders a list spec looks for. On the demo: its seeded orders. On a real server: orders the
// test places itself, under emails no other test uses, so what it finds never depends on how
// many orders other tests (or earlier runs) left in the store.
import { backend, freshMedusaOrder } from "./backend";

export type FoundOrder = { number: string; email: string };

/** A word no other test's emails contain. */
export const uniqueWord = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Demo order #displayId (its own email given), or a fresh one like it under an email of its own. */
export async function orderLike(displayId: number, demoEmail: string): Promise<FoundOrder> {
  if (backend !== "medusa") return { number: `#${displayId}`, email: demoEmail };
  const [name, domain] = demoEmail.split("@");
  const email = `${uniqueWord(name!)}@${domain}`;
  const order = await freshMedusaOrder(displayId, { email });
  return { number: `#${order.display_id}`, email };
}

/** What the paging test walks through: a search (none on the demo), how many match, and page 2's first row. */
export type PagingSet = { q: string; count: number; secondPageFirst: string };

/**
 * The demo's 45 orders, or 21 fresh ones sharing a word in their email: one more than a page.
 * The first is placed alone, so it is the oldest and alone on page 2; the rest a few at a time.
 */
export async function pagingSet(): Promise<PagingSet> {
  if (backend !== "medusa") return { q: "", count: 45, secondPageFirst: "#1025" };
  const q = uniqueWord("pager");
  const place = (i: number) => freshMedusaOrder(1001, { email: `${q}-${i}@example.com`, name: `Page Reader${i}` });
  const oldest = await place(0);
  for (let i = 1; i <= 20; i += 5) await Promise.all([0, 1, 2, 3, 4].map((j) => place(i + j)));
  return { q, count: 21, secondPageFirst: `#${oldest.display_id}` };
}
