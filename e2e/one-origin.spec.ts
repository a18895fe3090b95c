// The app served by the Medusa plugin from the store's own server, under /payments: one origin,
// the session in Medusa's HttpOnly cookie, no config.json. Only on a real server with the
// plugin (npm run test:medusa, first mode); the mock and a store without the plugin have no /payments.
import { test, type Request } from "@playwright/test";
import { backend, freshMedusaOrder, medusaState } from "./backend";
import { expect, figure, openCapture, paymentRow, toast } from "./fixtures";

const withPlugin = backend === "medusa" && (medusaState() as { plugin?: boolean }).plugin !== false;

if (withPlugin) {
  test.describe("one origin: the app at /payments on the Medusa server", () => {
    test("signs in with a cookie, opens an order by its address after a reload, and captures", async ({ page }) => {
      const origin = medusaState().backendUrl;
      const app = `${origin}/payments`;
      const requests: Request[] = [];
      page.on("request", (request) => requests.push(request));

      const first = await page.goto(`${app}/orders`);
      // The page's headers, from the plugin: this origin only, never in a frame, no referrer.
      const headers = first!.headers();
      expect(headers["content-security-policy"]).toContain("connect-src 'self';");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["cache-control"]).toBe("no-cache");

      // Not signed in: the app's own sign-in page, under the app's path, and back to the list after.
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      expect(page.url()).toBe(`${app}/sign-in?next=%2Forders`);
      await expect(page.getByText(`Use your Medusa admin account for ${origin}.`)).toBeVisible();
      await page.getByLabel("Email").fill("admin@example.com");
      await page.getByLabel("Password").fill("supersecret");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
      expect(page.url()).toBe(`${app}/orders`);

      // An order by its address, and again after a reload: the server answers the deep link with the app.
      const order = await freshMedusaOrder(1001);
      await page.goto(`${app}/orders/${order.id}`);
      await expect(page.getByRole("heading", { level: 1, name: `Order #${order.display_id}` })).toBeVisible();
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: `Order #${order.display_id}` })).toBeVisible();
      await expect(page.getByRole("region", { name: "Payments" })).toBeVisible();

      const dialog = await openCapture(page);
      await dialog.getByRole("button", { name: "Confirm" }).click();
      await expect(toast(page, "Captured $60.00.")).toBeVisible();
      await expect(figure(paymentRow(page), "Captured")).toHaveText("$60.00");

      // The app's links stay under its path.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
      expect(page.url()).toBe(`${app}/orders`);

      // The session is the cookie: no token kept by the page, none sent with the Admin API's requests.
      const kept = await page.evaluate(() =>
        [localStorage, sessionStorage].flatMap((store) => Object.keys(store).map((key) => store.getItem(key) ?? "")),
      );
      expect(kept.filter((value) => /eyJ[\w-]+\.[\w-]+\./.test(value))).toEqual([]);
      const admin = requests.filter((r) => new URL(r.url()).pathname.startsWith("/admin/"));
      expect(admin.length).toBeGreaterThan(0);
      expect(admin.filter((r) => r.headers()["authorization"]).map((r) => r.url())).toEqual([]);
      // Everything from this one origin, and no config.json asked for.
      expect(requests.filter((r) => new URL(r.url()).origin !== new URL(origin).origin).map((r) => r.url())).toEqual(
        [],
      );
      expect(requests.filter((r) => r.url().includes("config.json")).map((r) => r.url())).toEqual([]);
    });
  });
}
