// Signing out and in again, and what the sign-in page says about why it is showing.
import { armFault, expect, test } from "./fixtures";

const ENDED = "Your session ended. Sign in to continue.";

test("signs out, refuses a wrong password, and signs back in to the same page", async ({ page, order }) => {
  const shown = await order(1003);
  const orderPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("You signed out.")).toBeVisible();

  // Back to the order inside the app, as the browser's Back button would go.
  await page.evaluate((path) => {
    history.pushState(null, "", path);
    dispatchEvent(new PopStateEvent("popstate"));
  }, orderPath);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText(ENDED)).toHaveCount(0);

  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Invalid email or password")).toBeVisible();

  await page.getByLabel("Password").fill("supersecret");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order #${shown}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${orderPath}$`));
});

test.describe("the demo's session @mock", () => {
  test("a sign-out lasts through reloads and new tabs until the merchant presses Sign in", async ({
    page,
    context,
    order,
  }) => {
    await order(1003);
    const orderPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText("You signed out.")).toBeVisible();

    await page.goto(orderPath);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(orderPath)}$`));
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    const other = await context.newPage();
    await other.goto("/orders");
    await expect(other.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await other.close();

    // The demo's own account is filled in: one press signs back in, to the page asked for.
    await expect(page.getByLabel("Email")).toHaveValue("admin@example.com");
    await expect(page.getByLabel("Password")).toHaveValue("supersecret");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Order #1003" })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Order #1003" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("after a 401 the sign-in page says the session ended; a plain visit says nothing", async ({ page, order }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText(ENDED)).toHaveCount(0);

    await order(1003);
    await armFault(page, { route: "GET /admin/order-payments", kind: "unauthorized" });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders", exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent("/orders")}$`));
    await expect(page.getByText(ENDED)).toBeVisible();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    await expect(page.getByText(ENDED)).toHaveCount(0);
  });
});
