// Every order page read as a careful merchant would read it: the payments add up to the
// Summary, the outstanding amount is the order total less what was paid (or the page says why
// not), each part of it names what settles it, and the header's status is the one the payments
// show. Orders with a real-server recipe (e2e/medusa/seed.mjs) run on both backends.
import type { Locator, Page } from "@playwright/test";
import { expect, figure, orderStatus, paymentRow, paymentStatus, summary, test } from "./fixtures";

const BOTH = [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1045];
const DEMO_ONLY = [1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016];

/** An amount as shown ("$1,234.56", "¥11,600", "KWD 15.095", "−$20.00") in thousandths, exactly. */
function amount(text: string | null): number {
  const match = /(−|-)?[^\d−-]*(\d[\d,]*)(?:\.(\d+))?/.exec(text ?? "");
  if (!match) throw new Error(`No amount in "${text}"`);
  const [, minus, whole, frac = ""] = match;
  const value = Number(whole!.replace(/,/g, "")) * 1000 + Number(frac.padEnd(3, "0").slice(0, 3));
  return minus ? -value : value;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const amounts = async (items: Locator) => (await items.allTextContents()).map(amount);

type Row = { amount: number; captured: number; refunded: number; canceled: boolean };

async function readPayments(page: Page) {
  const region = page.getByRole("region", { name: "Payments" });
  const rows: Row[] = [];
  for (const row of await paymentRow(page).all()) {
    const read = async (term: string) => amount(await figure(row, term).textContent());
    rows.push({
      amount: await read("Amount"),
      captured: await read("Captured"),
      refunded: await read("Refunded"),
      canceled: (await paymentStatus(row, "Canceled").count()) > 0,
    });
  }
  const requests: { amount: number; status: string }[] = [];
  for (const request of await region.getByRole("listitem", { name: /^Request / }).all()) {
    const text = (await request.textContent()) ?? "";
    const status = ["Requires action", "Awaiting", "Partially authorized", "Not paid"].find((s) => text.includes(s));
    requests.push({ amount: amount(/[^\s·]*\d[\d,.]*$/.exec(text)?.[0] ?? null), status: status ?? "?" });
  }
  const total = async (term: string) => amount(await figure(region, term).textContent());
  return {
    rows,
    requests,
    netPaid: await total("Net paid"),
    uncaptured: await total("Authorized, not captured"),
    requested: await total("Requested from the customer"),
  };
}

/** The payment status the rows show, worded as the header words it. */
function statusOfRows(rows: Row[], requests: { status: string }[]): string {
  const live = rows.filter((r) => !r.canceled);
  if (requests.some((r) => r.status === "Requires action")) return "Requires action";
  if (live.length === 0) {
    if (requests.some((r) => r.status === "Awaiting")) return "Awaiting";
    return requests.length === 0 && rows.length > 0 ? "Canceled" : "Not paid";
  }
  const more = requests.length > 0;
  if (live.some((r) => r.refunded > 0)) {
    return !more && live.every((r) => r.refunded >= r.captured) ? "Refunded" : "Partially refunded";
  }
  if (live.some((r) => r.captured > 0)) {
    return !more && live.every((r) => r.captured >= r.amount) ? "Captured" : "Partially captured";
  }
  return more ? "Partially authorized" : "Authorized";
}

async function checkFigures(page: Page) {
  const box = summary(page);
  await expect(figure(box, "Outstanding amount")).toBeVisible();
  const read = async (term: string) => amount(await figure(box, term).textContent());
  const total = await read("Order total");
  const paid = await read("Paid");
  const refunded = await read("Refunded");
  const netPaid = await read("Net paid");
  const shown = await read("Outstanding amount");
  const p = await readPayments(page);
  const canceled = (await orderStatus(page, "Order canceled").count()) > 0;

  // The payments add up to the Summary, and both sections show one net paid figure.
  expect(sum(p.rows.map((r) => r.captured)), "captured on the payments = Paid").toBe(paid);
  expect(sum(p.rows.map((r) => r.refunded)), "refunded on the payments = Refunded").toBe(refunded);
  expect(netPaid, "Net paid = Paid - Refunded").toBe(paid - refunded);
  expect(p.netPaid, "the Payments section's Net paid is the Summary's").toBe(netPaid);
  const uncaptured = sum(p.rows.filter((r) => !r.canceled).map((r) => r.amount - r.captured));
  expect(p.uncaptured, "Authorized, not captured = what the live payments hold beyond their captures").toBe(uncaptured);
  expect(p.requested, "Requested from the customer = the request rows").toBe(sum(p.requests.map((r) => r.amount)));

  // The outstanding amount is the order total less what was paid, or the page says why not.
  const owed = total - netPaid;
  if (canceled && owed >= 0) {
    expect(shown).toBe(0);
    await expect(box.getByText("Nothing to collect: the order was canceled.")).toBeVisible();
    if (owed > 0) {
      const note = box.getByText(/^Medusa still counts /);
      await expect(note).toBeVisible();
      expect(amount(await note.textContent()), "the figure Medusa still counts is named").toBe(owed);
    }
  } else if (owed > 0) {
    expect(shown).toBe(owed);
    await expect(box.getByText("To collect from the customer.")).toBeVisible();
  } else if (owed < 0) {
    expect(shown).toBe(-owed);
    await expect(box.getByText("To refund to the customer.")).toBeVisible();
    await expect(box.getByRole("link", { name: "Refund" })).toBeVisible();
  } else {
    expect(shown).toBe(0);
    await expect(box.getByText("Nothing is outstanding.")).toBeVisible();
  }

  // Each part of what is to collect names what settles it; money on its way beyond that is named too.
  const settles = box.getByRole("list", { name: "What settles the outstanding amount" }).getByRole("listitem");
  const beyond = box.getByRole("list", { name: "Beyond the outstanding amount" }).getByRole("listitem");
  const parts = await amounts(settles);
  expect(sum(parts), "the parts add up to the outstanding amount").toBe(canceled || owed < 0 ? 0 : shown);
  const uncovered = await amounts(settles.filter({ hasText: "has no payment or request behind it" }));
  expect(sum(parts) - sum(uncovered) + sum(await amounts(beyond)), "money on its way, all accounted for").toBe(
    p.uncaptured + p.requested,
  );

  // The header's payment status is the one the payments show.
  await expect(orderStatus(page, statusOfRows(p.rows, p.requests))).toBeVisible();
}

test.describe("the order page's figures agree", () => {
  for (const displayId of BOTH) {
    test(`order #${displayId}`, async ({ page, order }) => {
      await order(displayId);
      await checkFigures(page);
    });
  }
  for (const displayId of DEMO_ONLY) {
    test(`order #${displayId} @mock`, async ({ page, order }) => {
      await order(displayId);
      await checkFigures(page);
    });
  }
});
