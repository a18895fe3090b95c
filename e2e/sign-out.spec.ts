// Sign-out on a shared computer: what the browser keeps afterwards, read from the page's storage
// as the next person at the keyboard could read it, and what signing back in shows.
import type { Page } from "@playwright/test";
import { backend } from "./backend";
import { expect, openRefund, test } from "./fixtures";

const NOTE = "Customer asked us to keep this between us";

// On the demo the mock server runs in the browser too: its store, its cookie jar (MSW's) and its
// "nobody is signed in" sit in localStorage beside the app. They stand in for a server's own
// state; against a real server nothing may be left at all.
const DEMO_SERVER_KEYS = [
  "order-payments-demo-db",
  "order-payments-demo-rev",
  "order-payments-demo-signed-out",
  "__msw-cookie-store__",
];

/** Every key and value in the page's localStorage and sessionStorage. */
const everything = (page: Page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((store) =>
      Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ""}`),
    ),
  );

/** What the app itself left in the page's storage. */
async function keptByApp(page: Page) {
  const entries = await everything(page);
  if (backend === "medusa") return entries;
  return entries.filter((entry) => !DEMO_SERVER_KEYS.some((key) => entry.startsWith(`${key}=`)));
}

test("Sign out in one tab leaves no token, session mark, draft or note in any tab; signing back in starts afresh", async ({
  page,
  context,
  order,
}) => {
  test.slow(); // two tabs of the app, each loading and signing in on a shared machine
  await order(1003);
  const { drawer } = await openRefund(page);
  const panel = new URL(page.url());
  await drawer.getByLabel("Note").fill(NOTE);
  // The draft is kept as typed: the app did store the note, so the checks below can fail.
  await expect.poll(async () => (await everything(page)).some((entry) => entry.includes(NOTE))).toBe(true);

  // A second tab of the app, and Sign out there.
  const other = await context.newPage();
  await other.goto("/orders");
  await expect(other.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  expect(await keptByApp(other)).not.toEqual([]); // signed in: the session's traces are there
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other.getByText("You signed out.")).toBeVisible();

  // The first tab hears it: the panel and the order are gone, and so is what it kept.
  await expect(page.getByText("You signed out.")).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: /^Order #/ })).toHaveCount(0);
  expect(await keptByApp(page)).toEqual([]);
  expect(await keptByApp(other)).toEqual([]);
  expect((await everything(page)).filter((entry) => entry.includes(NOTE))).toEqual([]);
  await other.close();

  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("supersecret");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.goto(panel.pathname + panel.search);
  const again = page.getByRole("dialog", { name: "Refund" });
  await expect(again.getByLabel("Amount", { exact: true })).toBeVisible();
  await expect(again.getByLabel("Note")).toHaveValue("");
});
