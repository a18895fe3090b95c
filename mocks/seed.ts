// Demo and test data: every payment status, multi-payment orders, outstanding
// amounts both ways, JPY and KWD, canceled orders, and enough orders to page.
import type { DB } from "./db";
import { confirmEditAddItem, confirmOrderEdit, createCollection, markAsPaid } from "./rules";
import { createSeeder, type Seeder } from "./seeder";
import { orderTotals } from "./totals";

export const DEMO_USER = { email: "admin@example.com", password: "supersecret" };

export const OTHER_USER = {
  id: "user_01DEMOSTAFF000000000000000",
  email: "riley@example.com",
  first_name: "Riley",
  last_name: "Chen",
};

export const REASONS = [
  // Medusa's own three, in its words (its payment module's migration creates them).
  [
    "refr_01DEMOSHIPPING0000000000",
    "Shipping Issue",
    "shipping_issue",
    "Refund due to lost, delayed, or misdelivered shipment",
  ],
  [
    "refr_01DEMOPRICING00000000000",
    "Pricing Error",
    "pricing_error",
    "Refund to correct an overcharge, missing discount, or incorrect price",
  ],
  [
    "refr_01DEMOGOODWILL0000000000",
    "Customer Care Adjustment",
    "customer_care_adjustment",
    "Refund given as goodwill or compensation for inconvenience",
  ],
] as const;

export function seed(): DB {
  const seeder = createSeeder(REASONS, {
    id: "user_01DEMOADMIN000000000000000",
    ...DEMO_USER,
    first_name: "Demo",
    last_name: "Admin",
  });
  // A second member of staff, so the order pages show who did what.
  seeder.db.users.push({ ...OTHER_USER, password: "not-a-demo-login-0f3a9c" });
  namedOrders(seeder);
  moreOrders(seeder);
  // Added after the others so their numbers stay as they were.
  canceledAfterCapture(seeder);
  const db = seeder.done();
  authorizationsToCapture(db);
  return db;
}

/** Named orders the tests and the README walk through. */
function namedOrders({ db, id, at, place, capture, refund, cancel }: Seeder) {
  place("Ada Lovelace", "ada@example.com", "usd", [["Analytical Notebook", 2500, 2]], 1000); // 1001 authorized
  const partCaptured = place("Grace Hopper", "grace@example.com", "usd", [["Compiler Mug", 4000, 3]], 0); // 1002
  capture(partCaptured, 5000);
  const captured = place("Alan Turing", "alan@example.com", "usd", [["Enigma Puzzle", 7990, 1]], 1000); // 1003
  capture(captured);
  const partRefunded = place("Katherine Johnson", "katherine@example.com", "usd", [["Orbit Poster", 3275, 2]], 1000); // 1004
  capture(partRefunded);
  refund(partRefunded, 2000, "Poster arrived creased", 0);
  partRefunded.collections[0]!.payments[0]!.refunds[0]!.created_by = OTHER_USER.id;
  const refunded = place("Edsger Dijkstra", "edsger@example.com", "usd", [["Shortest Path Tee", 2999, 1, "M"]], 500); // 1005
  capture(refunded);
  refund(refunded, 3499, "Returned unworn", 2);
  refunded.items[0]!.return_received_quantity = 1;
  const owes = place("Barbara Liskov", "barbara@example.com", "usd", [["Substitution Socks", 2500, 2]], 1000); // 1006
  capture(owes);
  confirmEditAddItem(db, owes, "Abstraction Cap", 2500);
  const owed = place(
    "Donald Knuth",
    "donald@example.com",
    "usd",
    [
      ["Art of Mugs", 3000, 2],
      ["TeX Stickers", 1500, 2],
    ],
    1000,
  ); // 1007
  capture(owed);
  // An order edit removed the stickers: the customer is owed 30.00 back.
  confirmOrderEdit(db, owed, (items) => items.splice(1, 1), db.users[0]!.id);
  const yen = place(
    "Hideo Kojima",
    "hideo@example.jp",
    "jpy",
    [
      ["Tenugui Towel", 1800, 4],
      ["Matcha Tin", 3600, 1],
    ],
    800,
  ); // 1008
  capture(yen);
  refund(yen, 1800, "One towel missing", 0);
  place(
    "Fatima Al-Sabah",
    "fatima@example.com",
    "kwd",
    [
      ["Oud Candle", 12345, 1],
      ["Gift Box", 1250, 1],
    ],
    1500,
  ); // 1009
  cancel(place("Linus Torvalds", "linus@example.com", "usd", [["Penguin Plush", 1999, 1]], 500)); // 1010
  place("Margaret Hamilton", "margaret@example.com", "usd", [["Apollo Print", 4500, 1]], 0, "not_paid"); // 1011
  place("Radia Perlman", "radia@example.com", "usd", [["Spanning Tree Kit", 5500, 1]], 500, "awaiting"); // 1012
  place("Tim Berners-Lee", "tim@example.com", "eur", [["WWW Desk Lamp", 8900, 1]], 0, "requires_action"); // 1013
  const partAuth = place("Hedy Lamarr", "hedy@example.com", "usd", [["Frequency Scarf", 3000, 2]], 0); // 1014
  createCollection(db, partAuth.id, 1500);
  // 1015: several collections and payments, one of them canceled.
  const multi = place(
    "Sophie Wilson",
    "sophie@example.com",
    "usd",
    [
      ["ARM Chip Coaster", 2000, 2],
      ["Acorn Tote", 3000, 1],
    ],
    1000,
  );
  const first = multi.collections[0]!;
  const split = first.payments[0]!;
  split.amount = 5000;
  first.payments.push(
    { ...split, id: id("pay"), session_id: id("payses"), amount: 3000, captures: [], refunds: [] },
    { ...split, id: id("pay"), session_id: id("payses"), amount: 3000, canceled_at: at(), captures: [], refunds: [] },
  );
  capture(multi, 5000, 0, 0);
  refund(multi, 1250, "Coaster chipped", 1, 0, 0);
  confirmEditAddItem(db, multi, "Gift Wrap", 1500);
  markAsPaid(db, multi.collections[1]!.id);
  const eur = place("Ada Yonath", "yonath@example.eu", "eur", [["Ribosome Model", 6995, 1]], 495); // 1016
  capture(eur, 4000);
}

/** The rest: ordinary orders in assorted states, enough to page through. */
function moreOrders({ place, capture, refund }: Seeder) {
  const people = [
    "Mary Jackson",
    "Dorothy Vaughan",
    "Frances Allen",
    "Jean Sammet",
    "Annie Easley",
    "Evelyn Boyd",
    "Joan Clarke",
    "Kathleen Booth",
    "Lynn Conway",
    "Adele Goldberg",
    "Shafi Goldwasser",
    "Barbara Simons",
    "Karen Jones",
    "Ida Rhodes",
    "Betty Holberton",
    "Kay McNulty",
    "Ruth Teitelbaum",
    "Marlyn Meltzer",
    "Fran Bilas",
    "Cynthia Dwork",
    "Daphne Koller",
    "Leslie Lamport",
    "Ken Thompson",
    "Dennis Ritchie",
    "Bjarne Stroustrup",
    "Guido Rossum",
    "Yukihiro Matsumoto",
    "Brendan Eich",
  ];
  people.forEach((name, i) => {
    const price = 1500 + ((i * 733) % 9000);
    const o = place(
      name,
      `${name.split(" ")[0]!.toLowerCase()}.${i}@example.com`,
      "usd",
      [["Sample Item", price, 1 + (i % 3)]],
      500 * (i % 3),
    );
    const total = orderTotals(o).total;
    if (i % 4 === 1) capture(o);
    if (i % 4 === 2) capture(o, Math.floor(total / 2));
    if (i % 4 === 3) {
      capture(o);
      refund(o, Math.floor(total / 3), null, null);
    }
  });
}

/**
 * #1045: $60.00 authorized, $25.00 captured, then the order canceled. Medusa refunds the $25.00,
 * leaves the payment authorized for the other $35.00 and still reports $35.00 outstanding.
 */
function canceledAfterCapture({ place, capture, cancel }: Seeder) {
  const o = place("Jean Bartik", "jean.bartik@example.com", "usd", [["Analytical Notebook", 2500, 2]], 1000);
  capture(o, 2500);
  cancel(o);
}

const DAY = 86_400_000;

/**
 * The capture queue's every state, whenever the demo is reset: the payments authorized and not
 * yet captured at all get authorization times relative to now (with the demo's 7-day window):
 * expired, expiring today, tomorrow, in 2 days and later. The partly captured ones keep their
 * seeded times, weeks ago: their remainders have lapsed.
 */
function authorizationsToCapture(db: DB, now = Date.now()) {
  const endOfToday = new Date(now).setHours(24, 0, 0, 0);
  // Expires halfway through what is left of today, and a minute from now at the least.
  const today = now + Math.max((endOfToday - now) / 2, 60_000) - 7 * DAY;
  const byOrder: Record<number, number> = {
    1001: now - 1 * DAY, // expires in 6 days
    1009: today,
    1014: now - 6 * DAY, // tomorrow
    1015: now - 5 * DAY, // in 2 days
  };
  const others = [8.5, 4, 2.5, 3, 0.2, 7.5, 1.5].map((days) => now - days * DAY);
  for (const order of db.orders) {
    if (order.status === "canceled") continue;
    for (const payment of order.collections.flatMap((c) => c.payments)) {
      if (payment.canceled_at || payment.captures.length) continue;
      const at = byOrder[order.display_id] ?? others.shift();
      if (at !== undefined) payment.created_at = new Date(at).toISOString();
    }
  }
}
