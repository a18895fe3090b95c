// Seeds a freshly migrated Medusa 2.x server over HTTP only, then brings orders into the
// payment states the e2e specs need. Used by start.mjs.

/** Items the orders are made of, after the mock's demo data (major units, USD). */
export const CATALOG = [
  ["Analytical Notebook", 25],
  ["Compiler Mug", 40],
  ["Enigma Puzzle", 79.9],
  ["Orbit Poster", 32.75],
  ["Shortest Path Tee", 29.99],
  ["Substitution Socks", 25],
  ["Abstraction Cap", 25],
  ["Art of Mugs", 30],
  ["TeX Stickers", 15],
  ["Sample Item", 18],
];

/** Flat shipping options, one per price the orders use. */
export const SHIPPING = [
  ["Standard Shipping", "standard", 10],
  ["Economy Shipping", "economy", 5],
  ["Free Shipping", "free", 0],
];

/**
 * The orders, placed in this order (so display ids ascend the same way), with the steps that
 * bring each into its state. `expect` is the order's payment_status and pending_difference the
 * server should report afterwards; `demo` the mock's demo order each stands for in the e2e specs.
 */
export const ORDERS = [
  {
    role: "authorized-1",
    demo: 1001,
    name: "Ada Lovelace",
    email: "ada@example.com",
    lines: [["Analytical Notebook", 2]],
    shipping: 10,
    steps: [],
    expect: ["authorized", 60],
  },
  {
    role: "partially-captured",
    demo: 1002,
    name: "Grace Hopper",
    email: "grace@example.com",
    lines: [["Compiler Mug", 3]],
    shipping: 0,
    steps: [["capture", 50]],
    expect: ["partially_captured", 70],
  },
  {
    role: "captured",
    demo: 1003,
    name: "Alan Turing",
    email: "alan@example.com",
    lines: [["Enigma Puzzle", 1]],
    shipping: 10,
    steps: [["capture"]],
    expect: ["captured", 0],
  },
  {
    role: "partially-refunded",
    demo: 1004,
    name: "Katherine Johnson",
    email: "katherine@example.com",
    lines: [["Orbit Poster", 2]],
    shipping: 10,
    steps: [["capture"], ["refund", 20, "shipping_issue", "Poster arrived creased"]],
    expect: ["partially_refunded", 0],
  },
  {
    role: "refunded",
    demo: 1005,
    name: "Edsger Dijkstra",
    email: "edsger@example.com",
    lines: [["Shortest Path Tee", 1]],
    shipping: 5,
    steps: [["capture"], ["refund", 34.99, "customer_care_adjustment", "Returned unworn"]],
    expect: ["refunded", 0],
  },
  {
    role: "outstanding-positive",
    demo: 1006,
    name: "Barbara Liskov",
    email: "barbara@example.com",
    lines: [["Substitution Socks", 2]],
    shipping: 10,
    steps: [["capture"], ["edit-add", "Abstraction Cap", 1]],
    expect: ["partially_captured", 25],
  },
  {
    role: "outstanding-negative",
    demo: 1007,
    name: "Donald Knuth",
    email: "donald@example.com",
    lines: [
      ["Art of Mugs", 2],
      ["TeX Stickers", 2],
    ],
    shipping: 10,
    steps: [["capture"], ["edit-remove", "TeX Stickers"]],
    expect: [null, -30],
    optional: true,
  },
  {
    role: "authorized-2",
    name: "Mary Jackson",
    email: "mary@example.com",
    lines: [["Compiler Mug", 1]],
    shipping: 5,
    steps: [],
    expect: ["authorized", 45],
  },
  {
    role: "authorized-3",
    name: "Dorothy Vaughan",
    email: "dorothy@example.com",
    lines: [["Orbit Poster", 1]],
    shipping: 0,
    steps: [],
    expect: ["authorized", 32.75],
  },
  {
    // Canceling refunds the 25 captured (and books it as a credit line), leaves the payment
    // authorized for the other 35 and cancels the collection; Medusa still reports 35 outstanding.
    role: "canceled-after-capture",
    demo: 1045,
    name: "Jean Bartik",
    email: "jean.bartik@example.com",
    lines: [["Analytical Notebook", 2]],
    shipping: 10,
    steps: [["capture", 25], ["cancel"]],
    expect: ["refunded", 35],
  },
];

const ADDRESS = {
  address_1: "1 Test Street",
  city: "New York",
  province: "NY",
  postal_code: "10001",
  country_code: "us",
};

export class ApiError extends Error {
  constructor(method, path, status, body) {
    super(
      `${method} ${path} -> ${status} ${typeof body === "string" ? body.slice(0, 300) : JSON.stringify(body).slice(0, 600)}`,
    );
    this.status = status;
    this.body = body;
  }
}

export function client(baseUrl) {
  let token = null;
  let publishableKey = null;
  async function call(method, path, body, scope) {
    const headers = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (scope === "admin" && token) headers.authorization = `Bearer ${token}`;
    if (scope === "store" && publishableKey) headers["x-publishable-api-key"] = publishableKey;
    const res = await fetch(baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json = text;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    if (!res.ok) throw new ApiError(method, path, res.status, json);
    return json;
  }
  return {
    async login(email, password) {
      token = (await call("POST", "/auth/user/emailpass", { email, password })).token;
      return token;
    },
    setPublishableKey(key) {
      publishableKey = key;
    },
    admin: (method, path, body) => call(method, path, body, "admin"),
    store: (method, path, body) => call(method, path, body, "store"),
  };
}

/** Store, region, key, stock location, shipping and products: what a cart needs. */
export async function seedCatalog(api) {
  const [store] = (await api.admin("GET", "/admin/stores")).stores;
  await api.admin("POST", `/admin/stores/${store.id}`, {
    supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }],
  });
  const salesChannelId = store.default_sales_channel_id;

  const { region } = await api.admin("POST", "/admin/regions", {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    payment_providers: ["pp_system_default"],
  });

  const { api_key: key } = await api.admin("POST", "/admin/api-keys", { title: "E2E storefront", type: "publishable" });
  await api.admin("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [salesChannelId] });
  api.setPublishableKey(key.token);

  const profiles = (await api.admin("GET", "/admin/shipping-profiles")).shipping_profiles;
  const profile = profiles.find((p) => p.type === "default") ?? profiles[0];

  const { stock_location: location } = await api.admin("POST", "/admin/stock-locations", {
    name: "E2E Warehouse",
    address: { ...ADDRESS, address_1: "1 Warehouse Way" },
  });
  await api.admin("POST", `/admin/stock-locations/${location.id}/sales-channels`, { add: [salesChannelId] });
  await api.admin("POST", `/admin/stock-locations/${location.id}/fulfillment-providers`, { add: ["manual_manual"] });
  const withSet = await api.admin(
    "POST",
    `/admin/stock-locations/${location.id}/fulfillment-sets?fields=id,*fulfillment_sets`,
    {
      name: "E2E Warehouse shipping",
      type: "shipping",
    },
  );
  const fulfillmentSet = withSet.stock_location.fulfillment_sets[0];
  const withZone = await api.admin(
    "POST",
    `/admin/fulfillment-sets/${fulfillmentSet.id}/service-zones?fields=id,*service_zones`,
    {
      name: "United States",
      geo_zones: [{ type: "country", country_code: "us" }],
    },
  );
  const zone = withZone.fulfillment_set.service_zones[0];

  const shippingOptions = {};
  for (const [name, code, amount] of SHIPPING) {
    const { shipping_option: option } = await api.admin("POST", "/admin/shipping-options", {
      name,
      service_zone_id: zone.id,
      shipping_profile_id: profile.id,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: name, description: `${name} (e2e)`, code },
      prices: [{ currency_code: "usd", amount }],
      rules: [
        { attribute: "enabled_in_store", operator: "eq", value: "true" },
        { attribute: "is_return", operator: "eq", value: "false" },
      ],
    });
    shippingOptions[amount] = option.id;
  }

  const variants = {};
  for (const [title, price] of CATALOG) {
    const handle = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const { product } = await api.admin("POST", "/admin/products?fields=id,*variants", {
      title,
      handle,
      status: "published",
      shipping_profile_id: profile.id,
      sales_channels: [{ id: salesChannelId }],
      options: [{ title: "Default", values: ["Default"] }],
      variants: [
        {
          title: "Default",
          sku: `E2E-${handle.toUpperCase()}`,
          manage_inventory: false,
          options: { Default: "Default" },
          prices: [{ currency_code: "usd", amount: price }],
        },
      ],
    });
    variants[title] = product.variants[0].id;
  }

  return {
    regionId: region.id,
    salesChannelId,
    publishableKey: key.token,
    shippingOptions,
    variants,
    stockLocationId: location.id,
  };
}

/** One order through the Store API, as a shopper would: it ends with one authorized payment. */
export async function placeOrder(api, catalog, spec) {
  const [first_name, ...rest] = spec.name.split(" ");
  const last_name = rest.join(" ");
  let { cart } = await api.store("POST", "/store/carts", { region_id: catalog.regionId, email: spec.email });
  for (const [title, quantity] of spec.lines) {
    ({ cart } = await api.store("POST", `/store/carts/${cart.id}/line-items`, {
      variant_id: catalog.variants[title],
      quantity,
    }));
  }
  const address = { ...ADDRESS, first_name, last_name };
  await api.store("POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address });
  await api.store("POST", `/store/carts/${cart.id}/shipping-methods`, {
    option_id: catalog.shippingOptions[spec.shipping],
  });
  const { payment_collection: collection } = await api.store("POST", "/store/payment-collections", {
    cart_id: cart.id,
  });
  await api.store("POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  });
  const done = await api.store("POST", `/store/carts/${cart.id}/complete`);
  if (done.type !== "order") throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(done).slice(0, 400)}`);
  const order = done.order;
  // Guest checkout leaves the customer nameless; the SPA shows the customer's name.
  // (The store's answer to /complete does not carry customer_id; the admin's does.)
  const { order: placed } = await api.admin("GET", `/admin/orders/${order.id}?fields=id,customer_id`);
  if (placed.customer_id) await api.admin("POST", `/admin/customers/${placed.customer_id}`, { first_name, last_name });
  return order;
}

export const ORDER_FIELDS =
  "id,display_id,version,total,currency_code,payment_status,%2Bsummary,*items,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds";

export async function getOrder(api, id) {
  return (await api.admin("GET", `/admin/orders/${id}?fields=${ORDER_FIELDS}`)).order;
}

/** Runs one order's steps (capture, refund, order edits) through the Admin API. */
export async function applySteps(api, catalog, reasons, order, steps) {
  const notes = [];
  const firstPayment = async () => {
    const o = await getOrder(api, order.id);
    const payment = o.payment_collections.flatMap((c) => c.payments ?? []).find((p) => !p.canceled_at);
    if (!payment) throw new Error(`order ${order.id} has no payment`);
    return payment;
  };
  for (const [kind, ...args] of steps) {
    if (kind === "capture") {
      const payment = await firstPayment();
      await api.admin(
        "POST",
        `/admin/payments/${payment.id}/capture`,
        args[0] === undefined ? {} : { amount: args[0] },
      );
    } else if (kind === "refund") {
      const [amount, reasonCode, note] = args;
      const payment = await firstPayment();
      const body = { amount };
      if (reasonCode && reasons[reasonCode]) body.refund_reason_id = reasons[reasonCode];
      if (note) body.note = note;
      await api.admin("POST", `/admin/payments/${payment.id}/refund`, body);
    } else if (kind === "cancel") {
      await api.admin("POST", `/admin/orders/${order.id}/cancel`, {});
    } else if (kind === "edit-add") {
      const [title, quantity] = args;
      await api.admin("POST", "/admin/order-edits", { order_id: order.id });
      await api.admin("POST", `/admin/order-edits/${order.id}/items`, {
        items: [{ variant_id: catalog.variants[title], quantity }],
      });
      await api.admin("POST", `/admin/order-edits/${order.id}/request`, {});
      await api.admin("POST", `/admin/order-edits/${order.id}/confirm`, {});
    } else if (kind === "edit-remove") {
      const [title] = args;
      const o = await getOrder(api, order.id);
      const item = o.items.find((i) => i.title === title);
      if (!item) throw new Error(`order ${order.id} has no item "${title}"`);
      await api.admin("POST", "/admin/order-edits", { order_id: order.id });
      const preview = await api.admin("POST", `/admin/order-edits/${order.id}/items/item/${item.id}`, { quantity: 0 });
      notes.push(`edit preview pending_difference ${preview.order_preview?.summary?.pending_difference}`);
      await api.admin("POST", `/admin/order-edits/${order.id}/request`, {});
      await api.admin("POST", `/admin/order-edits/${order.id}/confirm`, {});
    } else {
      throw new Error(`unknown step ${kind}`);
    }
  }
  return notes;
}

/** Refund reason ids by code (the migrations create shipping_issue, pricing_error, customer_care_adjustment). */
export async function refundReasons(api) {
  const { refund_reasons: list } = await api.admin("GET", "/admin/refund-reasons?limit=100");
  return Object.fromEntries(list.map((r) => [r.code, r.id]));
}

/**
 * Seeds everything and returns { catalog, orders } where orders maps a role to
 * { id, display_id, payment_status, pending_difference, total, ok, ... }.
 */
export async function seed({ baseUrl, email, password, extraOrders = 0, onProgress = () => {} }) {
  const api = client(baseUrl);
  await api.login(email, password);
  const catalog = await seedCatalog(api);
  onProgress("catalog ready");
  const reasons = await refundReasons(api);
  const specs = [...ORDERS];
  for (let i = 0; i < extraOrders; i++) {
    specs.push({
      role: `extra-${i + 1}`,
      name: `Filler Customer${i + 1}`,
      email: `filler.${i + 1}@example.com`,
      lines: [["Sample Item", 1 + (i % 3)]],
      shipping: [10, 5, 0][i % 3],
      steps: i % 2 ? [["capture"]] : [],
      expect: [i % 2 ? "captured" : "authorized", null],
    });
  }
  const orders = {};
  for (const spec of specs) {
    const entry = { id: null, display_id: null };
    orders[spec.role] = entry;
    try {
      const placed = await placeOrder(api, catalog, spec);
      entry.id = placed.id;
      entry.display_id = placed.display_id;
      entry.notes = await applySteps(api, catalog, reasons, placed, spec.steps);
    } catch (error) {
      entry.error = error.message;
    }
    if (entry.id) {
      const o = await getOrder(api, entry.id);
      entry.payment_status = o.payment_status;
      entry.total = o.total;
      entry.pending_difference = o.summary?.pending_difference ?? null;
      entry.collections = o.payment_collections.map((c) => `${c.status}:${c.amount}`);
    }
    const [status, pending] = spec.expect;
    entry.ok =
      !entry.error &&
      (status === null || entry.payment_status === status) &&
      (pending === null || entry.pending_difference === pending);
    if (!entry.ok) entry.expected = { payment_status: status, pending_difference: pending };
    if (spec.optional) entry.optional = true;
    if (!entry.notes?.length) delete entry.notes;
    onProgress(
      `${spec.role}: #${entry.display_id ?? "?"} ${entry.payment_status ?? "-"} pending ${entry.pending_difference ?? "-"}${entry.ok ? "" : "  << not as expected"}${entry.error ? ` (${entry.error.slice(0, 200)})` : ""}`,
    );
  }
  return { catalog, orders };
}
