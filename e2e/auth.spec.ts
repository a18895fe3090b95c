// Signing out and in again, in the demo (which signs in by itself when it loads).
import { expect, test } from "./fixtures";

test("signs out, refuses a wrong password, and signs back in to the same page", async ({ page, order }) => {
  const shown = await order(1003);
  const orderPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Back to the order inside the app (a reload of the demo would sign in by itself).
  await page.evaluate((path) => {
    history.pushState(null, "", path);
    dispatchEvent(new PopStateEvent("popstate"));
  }, orderPath);
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Invalid email or password")).toBeVisible();

  await page.getByLabel("Password").fill("supersecret");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order #${shown}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${orderPath}$`));
});
