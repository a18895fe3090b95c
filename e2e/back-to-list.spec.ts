// Leaving an order for the list: "← Orders" returns to the search the merchant came from, and the
// browser tab names the page. On a real server the test finds an order it placed itself.
import { expect, test } from "./fixtures";
import { orderLike } from "./list-orders";

test("an order names itself in the tab, and ← Orders returns to the same search", async ({ page }) => {
  const order = await orderLike(1003, "alan@example.com");
  await page.goto("/orders");
  await expect(page).toHaveTitle("Orders · Order payments");
  const search = page.getByRole("searchbox", { name: "Search orders" });
  await search.fill(order.email);
  const query = `/orders\\?q=${encodeURIComponent(order.email)}$`;
  await expect(page).toHaveURL(new RegExp(query));

  await page.getByRole("link", { name: order.number, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  await expect(page).toHaveTitle(`Order ${order.number} · Order payments`);

  await page.getByRole("link", { name: "← Orders" }).click();
  await expect(page).toHaveURL(new RegExp(query));
  await expect(search).toHaveValue(order.email);
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveText([order.number]);
  await expect(page).toHaveTitle("Orders · Order payments");
});
