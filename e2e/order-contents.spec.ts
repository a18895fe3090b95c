// What the money is for and who moved it: the order page lists the items and the customer beside
// the payments, its Activity begins with the order placed and names the member of staff behind
// each capture and refund, and a canceled order's ends with the cancellation. On a real server
// the orders are placed fresh by the harness (e2e/medusa/seed.mjs) and the staff member is its
// admin, who has no name there: the page shows the email.
import { backend } from "./backend";
import { activity, expect, paymentRow, test } from "./fixtures";

/** The signed-in admin as the page names them: the demo's user has a name, the harness's has none. */
const ADMIN = backend === "medusa" ? "admin@example.com" : "Demo Admin";

const event = (page: Parameters<typeof activity>[0], title: string) =>
  activity(page).getByRole("listitem").filter({ hasText: title });

test("#1004: the order's items and customer stand beside its payments", async ({ page, order }) => {
  await order(1004);
  const items = page.getByRole("region", { name: "Items" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items).toContainText("Orbit Poster");
  await expect(items).toContainText("2 × $32.75");
  await expect(items).toContainText("$65.50");
  const customer = page.getByRole("region", { name: "Customer" });
  await expect(customer.getByText("Katherine Johnson")).toBeVisible();
  await expect(customer.getByText(/^katherine.*@example\.com$/)).toBeVisible();
  // A payment is titled by its provider and the end of its id, the whole id one click away.
  await expect(paymentRow(page).getByRole("link", { name: /^Manual payment …\S{6}$/ })).toBeVisible();
});

test("#1004: Activity starts with the order placed and names who captured", async ({ page, order }) => {
  await order(1004);
  await expect(activity(page).getByRole("listitem").first()).toContainText("Order placed");
  await expect(event(page, "Payment captured")).toContainText(`by ${ADMIN}`);
});

test("#1001: a capture made here is named after the person who made it", async ({ page, order }) => {
  await order(1001);
  await expect(event(page, "Payment captured")).toHaveCount(0);
  await paymentRow(page).getByRole("button", { name: "Capture payment" }).click();
  const dialog = page.getByRole("dialog", { name: "Capture payment" });
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(dialog).toBeHidden();
  await expect(event(page, "Payment captured")).toContainText(`by ${ADMIN}`);
});

test("#1006 and #1007: Activity shows each order edit with what it did to the total, and who confirmed it", async ({
  page,
  order,
}) => {
  await order(1006);
  const added = event(page, "Order edited");
  await expect(added).toContainText("+$25.00");
  await expect(added).toContainText("Total $60.00 → $85.00");
  await expect(added).toContainText(`by ${ADMIN}`);
  await order(1007);
  await expect(event(page, "Order edited")).toContainText("−$30.00");
  await expect(event(page, "Order edited")).toContainText("Total $100.00 → $70.00");
});

test("#1045: a canceled order's activity ends with the cancellation", async ({ page, order }) => {
  await order(1045);
  await expect(activity(page).getByRole("listitem").last()).toContainText("Order canceled");
});

test("#1004: the payment's details name who captured and who refunded", { tag: "@mock" }, async ({ page, order }) => {
  await order(1004);
  await expect(event(page, "Refunded")).toContainText("by Riley Chen");
  await paymentRow(page)
    .getByRole("link", { name: /^Manual payment/ })
    .click();
  const details = page.getByRole("dialog", { name: "Payment details" });
  await expect(details.getByText("by Demo Admin")).toBeVisible();
  await expect(details.getByText(/by Riley Chen$/)).toBeVisible();
  await expect(details.getByRole("button", { name: "Copy Payment ID" })).toBeVisible();
});
