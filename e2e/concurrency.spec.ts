// Two tabs on one order: what tab B moves shrinks what tab A may move (on the demo the tabs share
// one store in localStorage; on a real server, the server). With the plugin the server refuses an
// amount above the new limit exactly, and tab A shows that refusal; on a store without it, tab A
// checks the order before sending and refuses such an amount without sending it. Either way the
// merchant then corrects it and goes on. The demo plays both stores; a real server, the one
// start.mjs gave it (E2E_MEDUSA_PLUGIN=off: without the plugin).
import type { Page } from "@playwright/test";
import { mockWithoutPlugin } from "./admin-api";
import { backend, realServerHasPlugin } from "./backend";
import {
  expect,
  figure,
  openCapture,
  openOrder,
  openRefund,
  paymentRow,
  summary,
  test,
  toast,
  WriteLog,
} from "./fixtures";

/** A second tab on the order tab A shows (on a real server openOrder would place another one). */
async function sameOrder(tabA: Page, tabB: Page) {
  await tabB.goto(tabA.url());
  const heading = await tabA.getByRole("heading", { level: 1 }).textContent();
  await expect(tabB.getByRole("heading", { level: 1, name: heading ?? "" })).toBeVisible();
}

const withPlugin = backend === "demo" || realServerHasPlugin();
const withoutPlugin = backend === "demo" || !realServerHasPlugin();

if (withPlugin) {
  test.describe("two tabs on one order, with the plugin", () => {
    test("the server refuses what another tab's capture left too little for", async ({
      page: tabA,
      context,
      writes,
    }) => {
      await openOrder(tabA, 1002); // 120.00 authorized, 50.00 captured: 70.00 left
      const tabB = await context.newPage();
      await sameOrder(tabA, tabB);
      const dialogA = await openCapture(tabA);
      const dialogB = await openCapture(tabB);
      await dialogB.getByLabel("Amount to capture").fill("30");
      await dialogB.getByRole("button", { name: "Confirm" }).click();
      await expect(toast(tabB, "Captured $30.00.")).toBeVisible();

      await dialogA.getByRole("button", { name: "Confirm" }).click();
      await expect(dialogA.getByRole("alert")).toContainText(
        "You cannot capture more than the authorized amount substracted by what is already captured.",
      );
      expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 70 }]); // sent: the server checked it
      await dialogA.getByLabel("Amount to capture").fill("40");
      await dialogA.getByRole("button", { name: "Confirm" }).click();
      await expect(toast(tabA, "Captured $40.00.")).toBeVisible();
      await expect(figure(paymentRow(tabA), "Captured")).toHaveText("$120.00");
    });

    test("the server refuses what another tab's refund left too little for", async ({
      page: tabA,
      context,
      writes,
    }) => {
      await openOrder(tabA, 1003); // 89.90 captured, nothing refunded
      const tabB = await context.newPage();
      await sameOrder(tabA, tabB);
      const drawerA = (await openRefund(tabA)).drawer;
      const drawerB = (await openRefund(tabB)).drawer;
      await drawerB.getByLabel("Amount", { exact: true }).fill("80");
      await drawerB.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerB.getByRole("button", { name: "Refund $80.00" }).click();
      await expect(toast(tabB, "Refunded $80.00.")).toBeVisible();

      await drawerA.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerA.getByRole("button", { name: "Refund $89.90" }).click();
      await expect(drawerA.getByRole("alert")).toContainText(
        "Refund amount 89.90 is more than the 9.90 left to refund on this payment.",
      );
      expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 89.9 }]); // sent: the server checked it
      await drawerA.getByLabel("Amount", { exact: true }).fill("9.90");
      await drawerA.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerA.getByRole("button", { name: "Refund $9.90" }).click();
      await expect(toast(tabA, "Refunded $9.90.")).toBeVisible();
      await expect(figure(paymentRow(tabA), "Refunded")).toHaveText("$89.90");
      await expect(figure(paymentRow(tabA), "Refundable")).toHaveText("$0.00");
    });
  });
}

if (withoutPlugin) {
  test.describe("two tabs on one order, without the plugin", () => {
    test("a capture in another tab shrinks what this tab's open dialog may capture", async ({
      page: tabA,
      context,
      writes,
    }) => {
      await openOrder(tabA, 1002); // 120.00 authorized, 50.00 captured: 70.00 left
      if (backend === "demo") await mockWithoutPlugin(tabA); // the tabs share the mock: tab B sees it too
      const tabB = await context.newPage();
      const writesB = new WriteLog(tabB);
      await sameOrder(tabA, tabB);
      await expect(figure(paymentRow(tabB), "Captured")).toHaveText("$50.00");

      const dialogA = await openCapture(tabA);
      await expect(dialogA.getByLabel("Amount to capture")).toHaveValue("70.00");

      const dialogB = await openCapture(tabB);
      await dialogB.getByLabel("Amount to capture").fill("30");
      await dialogB.getByRole("button", { name: "Confirm" }).click();
      await expect(toast(tabB, "Captured $30.00.")).toBeVisible();
      await expect(figure(paymentRow(tabB), "Captured")).toHaveText("$80.00");
      expect(writesB.to("/capture").map((r) => r.body)).toEqual([{ amount: 30 }]);

      // Tab A still shows 70.00 in its dialog; Confirm checks the order first and stops.
      await dialogA.getByRole("button", { name: "Confirm" }).click();
      await expect(dialogA.getByRole("alert")).toHaveText(
        "This order changed since the form opened: now at most $40.00 can be captured. Check the amount.",
      );
      await expect(dialogA.getByLabel("Amount to capture")).toHaveValue("70.00");
      expect(writes.to("/capture")).toHaveLength(0);

      await dialogA.getByLabel("Amount to capture").fill("40");
      await dialogA.getByRole("button", { name: "Confirm" }).click();
      await expect(toast(tabA, "Captured $40.00.")).toBeVisible();
      await expect(dialogA).toBeHidden();
      const rowA = paymentRow(tabA);
      await expect(figure(rowA, "Captured")).toHaveText("$120.00");
      await expect(figure(summary(tabA), "Paid")).toHaveText("$120.00");
      await expect(rowA.getByRole("button", { name: "Capture payment" })).toHaveCount(0);
      expect(writes.to("/capture").map((r) => r.body)).toEqual([{ amount: 40 }]);

      // Tab B agrees once it reads the order again.
      await tabB.reload();
      await expect(figure(paymentRow(tabB), "Captured")).toHaveText("$120.00");
    });

    test("a refund in another tab shrinks what this tab's open refund panel may refund", async ({
      page: tabA,
      context,
      writes,
    }) => {
      await openOrder(tabA, 1003); // 89.90 captured, nothing refunded
      if (backend === "demo") await mockWithoutPlugin(tabA);
      const tabB = await context.newPage();
      const writesB = new WriteLog(tabB);
      await sameOrder(tabA, tabB);

      const drawerA = (await openRefund(tabA)).drawer;
      await expect(drawerA.getByLabel("Amount", { exact: true })).toHaveValue("89.90");

      const drawerB = (await openRefund(tabB)).drawer;
      await drawerB.getByLabel("Amount", { exact: true }).fill("80");
      await drawerB.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerB.getByRole("button", { name: "Refund $80.00" }).click();
      await expect(toast(tabB, "Refunded $80.00.")).toBeVisible();
      await expect(figure(paymentRow(tabB), "Refunded")).toHaveText("$80.00");
      expect(writesB.to("/refund").map((r) => r.body)).toEqual([{ amount: 80 }]);

      await drawerA.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerA.getByRole("button", { name: "Refund $89.90" }).click();
      await expect(drawerA.getByRole("alert")).toHaveText(
        "This order changed since the form opened: now at most $9.90 can be refunded. Check the amount.",
      );
      await expect(drawerA.getByLabel("Amount", { exact: true })).toHaveValue("89.90");
      expect(writes.to("/refund")).toHaveLength(0);

      await drawerA.getByLabel("Amount", { exact: true }).fill("9.90");
      await drawerA.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await drawerA.getByRole("button", { name: "Refund $9.90" }).click();
      await expect(toast(tabA, "Refunded $9.90.")).toBeVisible();
      await expect(drawerA).toBeHidden();
      const rowA = paymentRow(tabA);
      await expect(figure(rowA, "Refunded")).toHaveText("$89.90");
      await expect(figure(rowA, "Refundable")).toHaveText("$0.00");
      await expect(figure(summary(tabA), "Refunded")).toHaveText("$89.90");
      await expect(rowA.getByRole("list").getByRole("listitem")).toHaveCount(2);
      expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 9.9 }]);
    });
  });
}
