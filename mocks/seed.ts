// Demo and test data: every payment status, multi-payment orders, outstanding
// amounts both ways, JPY and KWD, a canceled payment, and enough orders to page.
import type { CollectionStatus, DB, MOrder } from "./db";
import { capturePayment, confirmEditAddItem, createCollection, markAsPaid, refundPayment } from "./rules";
import { orderTotals } from "./totals";

export const DEMO_USER = { email: "admin@example.com", password: "supersecret" };

export const REASONS = [
  ["refr_01DEMOSHIPPING0000000000", "Shipping Issue", "shipping_issue", "Lost, late or misdelivered parcel"],
  ["refr_01DEMOPRICING00000000000", "Pricing Error", "pricing_error", "Overcharge or a missed discount"],
  ["refr_01DEMOGOODWILL0000000000", "Customer Care Adjustment", "customer_care_adjustment", "Goodwill gesture"],
] as const;

const BASE = Date.UTC(2026, 9, 1, 9, 0, 0); // orders are spread over the weeks after this

function makeIds() {
  let n = 0;
  return (prefix: string) => `${prefix}_01DEMO${String(++n).padStart(20, "0")}`;
}

type Line = [title: string, unitPrice: number, quantity: number];

export function seed(): DB {
  const db: DB = {
    orders: [],
    reasons: REASONS.map(([id, label, code, description]) => ({
      id,
      label,
      code,
      description,
      created_at: new Date(BASE).toISOString(),
    })),
    users: [{ id: "user_01DEMOADMIN000000000000000", ...DEMO_USER, first_name: "Demo", last_name: "Admin" }],
    tokens: [],
    idempotency: {},
    clock: BASE,
    seeding: true,
  };
  const id = makeIds();
  let displayId = 1000;
  let hour = 0;
  // Seeded writes get ids and times of their own so the demo looks the same on every reset.
  const at = () => new Date(BASE + ++hour * 3_600_000 + 17_000).toISOString();

  function place(
    name: string,
    email: string,
    currency: string,
    lines: Line[],
    shipping: number,
    status: CollectionStatus = "authorized",
  ): MOrder {
    const [first, last] = name.split(" ");
    const created = at();
    const order: MOrder = {
      id: id("order"),
      display_id: ++displayId,
      status: "pending",
      created_at: created,
      email,
      currency_code: currency,
      customer: { id: id("cus"), first_name: first ?? null, last_name: last ?? null, email },
      items: lines.map(([title, unit_price, quantity]) => ({
        id: id("ordli"),
        title,
        subtitle: null,
        quantity,
        unit_price,
      })),
      shipping_total: shipping,
      tax_total: 0,
      discount_total: 0,
      credit_lines: [],
      version: 1,
      version_start_total: 0,
      collections: [],
    };
    order.version_start_total = orderTotals(order).total;
    const amount = order.version_start_total;
    const hasPayment = ["authorized", "canceled", "requires_action"].includes(status);
    order.collections.push({
      id: id("pay_col"),
      order_id: order.id,
      currency_code: currency,
      amount,
      status,
      created_at: created,
      completed_at: null,
      payments: hasPayment
        ? [
            {
              id: id("pay"),
              collection_id: "",
              session_id: id("payses"),
              provider_id: status === "requires_action" ? "pp_stripe_stripe" : "pp_system_default",
              amount,
              currency_code: currency,
              created_at: created,
              captured_at: null,
              canceled_at: status === "canceled" ? created : null,
              captures: [],
              refunds: [],
            },
          ]
        : [],
    });
    for (const c of order.collections) for (const p of c.payments) p.collection_id = c.id;
    db.orders.push(order);
    db.clock = Date.parse(created);
    return order;
  }
  const pay = (o: MOrder, c = 0, p = 0) => o.collections[c]!.payments[p]!.id;
  const capture = (o: MOrder, amount?: number, c = 0, p = 0) =>
    capturePayment(db, pay(o, c, p), amount, db.users[0]!.id);
  const refund = (o: MOrder, amount: number, note: string | null, reason: number | null, c = 0, p = 0) => {
    refundPayment(
      db,
      pay(o, c, p),
      { amount, note: note ?? undefined, refund_reason_id: reason === null ? undefined : REASONS[reason]![0] },
      db.users[0]!.id,
    );
  };

  // Named orders the tests and the README walk through.
  place("Ada Lovelace", "ada@example.com", "usd", [["Analytical Notebook", 2500, 2]], 1000); // 1001 authorized
  const partCaptured = place("Grace Hopper", "grace@example.com", "usd", [["Compiler Mug", 4000, 3]], 0); // 1002
  capture(partCaptured, 5000);
  const captured = place("Alan Turing", "alan@example.com", "usd", [["Enigma Puzzle", 7990, 1]], 1000); // 1003
  capture(captured);
  const partRefunded = place("Katherine Johnson", "katherine@example.com", "usd", [["Orbit Poster", 3275, 2]], 1000); // 1004
  capture(partRefunded);
  refund(partRefunded, 2000, "Poster arrived creased", 0);
  const refunded = place("Edsger Dijkstra", "edsger@example.com", "usd", [["Shortest Path Tee", 2999, 1]], 500); // 1005
  capture(refunded);
  refund(refunded, 3499, "Returned unworn", 2);
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
  owed.version += 1; // an order edit removed the stickers: the customer is owed 30.00 back
  owed.version_start_total = orderTotals(owed).total;
  owed.items.splice(1, 1);
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
  place("Linus Torvalds", "linus@example.com", "usd", [["Penguin Plush", 1999, 1]], 500, "canceled"); // 1010
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

  // The rest: ordinary orders in assorted states, enough to page through.
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
  delete db.seeding;
  db.clock = Date.now();
  return db;
}
