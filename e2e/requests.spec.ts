// What the page asks the server for: the order page's data in one request, reasons once.
import { expect, figure, openRefund, orderIdFromUrl, paymentRow, test } from "./fixtures";

test("an order page reads the order once, and the refund panel re-reads it once", async ({ page, order }) => {
  await order(1003);
  const id = orderIdFromUrl(page);
  const reads: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && url.pathname.startsWith("/admin/")) reads.push(url.pathname);
  });
  const orderReads = () => reads.filter((path) => path === `/admin/orders/${id}`);

  await page.goto(`/orders/${id}`); // a fresh load, as from a bookmark
  await expect(figure(paymentRow(page), "Captured")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(orderReads()).toHaveLength(1);

  await openRefund(page);
  await expect.poll(() => orderReads().length).toBe(2);
  await page.waitForLoadState("networkidle");
  expect(orderReads()).toHaveLength(2);
  expect(reads.filter((path) => path === "/admin/refund-reasons")).toHaveLength(1);
});
