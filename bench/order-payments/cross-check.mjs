// Before timing anything: the plugin's payment_status for every order of the grown store must be
// the one Medusa's own GET /admin/orders computes (getLastPaymentStatus). Returns the number of
// orders per status, or throws on the first difference.

async function everyPage(base, path, token) {
  const all = new Map();
  for (let offset = 0; ; offset += 100) {
    const url = `${base}${path}${path.includes("?") ? "&" : "?"}limit=100&offset=${offset}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.json();
    if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
    for (const order of body.orders) all.set(order.id, order.payment_status);
    if (offset + 100 >= body.count) return all;
  }
}

export async function crossCheck(base, token) {
  const medusa = await everyPage(base, "/admin/orders?fields=id,payment_status", token);
  const plugin = await everyPage(base, "/admin/order-payments", token);
  if (medusa.size !== plugin.size) throw new Error(`Medusa lists ${medusa.size} orders, the plugin ${plugin.size}`);
  const perStatus = {};
  for (const [id, status] of medusa) {
    if (plugin.get(id) !== status) throw new Error(`${id}: Medusa says ${status}, the plugin ${plugin.get(id)}`);
    perStatus[status] = (perStatus[status] ?? 0) + 1;
  }
  return perStatus;
}
