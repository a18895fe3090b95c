// Finding an order: search, status filter, paging, and opening an order from its row.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The body rows of the orders table (each has a row header: the order number). */
const rows = (page: Page) =>
  page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") });
const search = (page: Page) => page.getByRole("searchbox", { name: "Search orders" });

// The demo's 45 seeded orders are what these specs page, search and filter through.
test.describe("orders list", { tag: "@mock" }, () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/orders");
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    await expect(rows(page)).toHaveCount(20);
  });

  test("searches by order number", async ({ page }) => {
    await search(page).fill("#1003");
    await expect(rows(page)).toHaveCount(1);
    const row = rows(page).first();
    await expect(row.getByRole("rowheader")).toHaveText("#1003");
    await expect(row).toContainText("alan@example.com");
    await expect(row).toContainText("$89.90");
    await expect(row).toContainText("Captured");
    await expect(page).toHaveURL(/\/orders\?q=%231003$/);
  });

  test("searches by email", async ({ page }) => {
    await search(page).fill("grace@");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().getByRole("rowheader")).toHaveText("#1002");
    await expect(rows(page).first()).toContainText("grace@example.com");

    // A search nothing matches says so, and clearing brings every order back.
    await search(page).fill("nobody@nowhere.test");
    await expect(page.getByText("No orders match")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(rows(page)).toHaveCount(20);
    await expect(search(page)).toHaveValue("");
  });

  test("filters by payment status", async ({ page }) => {
    await page.getByRole("combobox", { name: "Payment status" }).selectOption({ label: "Refunded" });
    await expect(page).toHaveURL(/\/orders\?status=refunded$/);
    await expect(page.getByRole("table")).not.toHaveAttribute("aria-busy", "true");
    await expect(rows(page).filter({ has: page.getByRole("link", { name: "#1005", exact: true }) })).toHaveCount(1);
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    await expect(rows(page).filter({ has: page.getByRole("cell").getByText("Refunded", { exact: true }) })).toHaveCount(
      count,
    );
  });

  test("pages to the next twenty orders and opens one from its row", async ({ page }) => {
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByRole("status")).toHaveText("1–20 of 45");
    await expect(page.getByRole("button", { name: "Previous" })).toBeDisabled();
    await page.getByRole("button", { name: "Next" }).click();

    await expect(page).toHaveURL(/\/orders\?page=2$/);
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByRole("status")).toHaveText("21–40 of 45");
    await expect(rows(page).first().getByRole("rowheader")).toHaveText("#1025");
    await expect(rows(page)).toHaveCount(20);

    const link = page.getByRole("link", { name: "#1013", exact: true });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/orders\/order_[^/]+$/);
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: "Order #1013" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("region", { name: "Payments" })).toBeVisible();

    // Back returns to the same page of the list.
    await page.goBack();
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByRole("status")).toHaveText("21–40 of 45");
  });
});
