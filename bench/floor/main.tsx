// The floor: the least a page built from our libraries can cost. Each library is used the way the
// app uses it, and no more: a wouter route /orders/:id, one query for the order (its answer checked
// with a zod/mini schema, as the app's API client does), one form validated by a zod/mini schema
// through the resolver, in one Radix dialog opened by a button or by the item of a menu button
// written by hand, as the app's is. One plain page in one script: nothing is split out or loaded later. The refund dialog
// holds the four fields the spec gives the app's refund panel (payment, amount, reason, note) and,
// like the panel, has an address of its own (/orders/:id/refund), so Back and a reload keep it.
// Its words go through the same i18n runtime as the app's, with one language's messages.
import { zodResolver } from "@hookform/resolvers/zod";
import * as Dialog from "@radix-ui/react-dialog";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "react-hook-form";
import { Route, useLocation, useParams } from "wouter";
import * as z from "zod/mini";
import { i18n } from "@lingui/core";
import { messages } from "virtual:messages/en";
import "./floor.css";

// Words through the app's i18n runtime and its compiled messages (bench/floor/messages), as the
// app's are: the floor pays for i18n what the app pays.
i18n.load("en", messages as Parameters<typeof i18n.load>[1]);
i18n.activate("en", [navigator.language]);
const t = (key: string, values?: Record<string, string | number>) => i18n._(key, values);

const orderSchema = z.object({
  order: z.object({ display_id: z.number(), email: z.string(), created_at: z.string() }),
});
const amount = z.string().check(z.regex(/^\d+(\.\d{1,2})?$/, t("floor.amountHint")));
const amountSchema = z.object({ amount });
const refundSchema = z.object({
  paymentId: z.string().check(z.minLength(1, t("floor.choosePayment"))),
  amount,
  reasonId: z.string(),
  note: z.string().check(z.maxLength(500, t("floor.noteLength", { max: 500 }))),
});

async function getOrder(id: string) {
  const res = await fetch(`/admin/orders/${encodeURIComponent(id)}?fields=id,display_id,email,created_at`, {
    credentials: "include",
  });
  if (!res.ok) throw new Error(t("floor.serverAnswered", { status: res.status }));
  return orderSchema.parse(await res.json()).order;
}

function CaptureDialog({ onClose }: { onClose: () => void }) {
  const form = useForm({ resolver: zodResolver(amountSchema), defaultValues: { amount: "60.00" } });
  const error = form.formState.errors.amount?.message;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-gray-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("floor.capturePayment")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-gray-600">{t("floor.capturingCharges")}</Dialog.Description>
          <form onSubmit={form.handleSubmit(onClose)} noValidate className="mt-4 space-y-3">
            <label className="block text-sm font-medium">
              {t("floor.amountToCapture")}
              <input
                className="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2"
                {...form.register("amount")}
              />
            </label>
            {error && <p className="text-sm text-red-700">{error}</p>}
            <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white">
              {t("floor.confirm")}
            </button>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

const field = "mt-1 block w-full rounded-md border border-gray-300 px-3 py-2";

function RefundDialog({ onClose }: { onClose: () => void }) {
  const defaultValues = { paymentId: "pay_1", amount: "60.00", reasonId: "", note: "" };
  const form = useForm({ resolver: zodResolver(refundSchema), defaultValues });
  const { errors } = form.formState;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-gray-900/40" />
        <Dialog.Content className="fixed inset-y-0 right-0 w-full max-w-md bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("floor.refund")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-gray-600">{t("floor.refundingPays")}</Dialog.Description>
          <form onSubmit={form.handleSubmit(onClose)} noValidate className="mt-4 space-y-3">
            <label className="block text-sm font-medium">
              {t("floor.payment")}
              <select className={field} {...form.register("paymentId")}>
                <option value="pay_1">{t("floor.card", { id: "pay_1" })}</option>
                <option value="pay_2">{t("floor.card", { id: "pay_2" })}</option>
              </select>
            </label>
            <label className="block text-sm font-medium">
              {t("floor.amount")}
              <input className={field} {...form.register("amount")} />
            </label>
            {errors.amount && <p className="text-sm text-red-700">{errors.amount.message}</p>}
            <label className="block text-sm font-medium">
              {t("floor.reason")}
              <select className={field} {...form.register("reasonId")}>
                <option value="">{t("floor.noReason")}</option>
                <option value="rr_1">{t("floor.return")}</option>
                <option value="rr_2">{t("floor.damaged")}</option>
              </select>
            </label>
            <label className="block text-sm font-medium">
              {t("floor.note")}
              <textarea rows={3} className={field} {...form.register("note")} />
            </label>
            <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white">
              {t("floor.refund")}
            </button>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function OrderPage() {
  const { id, "*": rest } = useParams<{ id: string; "*"?: string }>();
  const [, navigate] = useLocation();
  const order = useQuery({ queryKey: ["order", id], queryFn: () => getOrder(id) });
  const [capturing, setCapturing] = useState(false);
  const [menu, setMenu] = useState(false);
  // Like the app, the page shows its content only once the order is in: its paint waits for the server.
  if (!order.data)
    return (
      <p className="py-16 text-center text-gray-600">{order.error ? order.error.message : t("floor.loadingOrder")}</p>
    );
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">{t("floor.orderNumber", { number: order.data.display_id })}</h1>
      <p className="text-sm text-gray-600">
        {new Date(order.data.created_at).toLocaleString()} · {order.data.email}
      </p>
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={() => setCapturing(true)}
          className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white"
        >
          {t("floor.capturePayment")}
        </button>
        {/* The least a menu button can be: no library, one item. */}
        <button
          type="button"
          aria-label={t("floor.paymentActions")}
          aria-haspopup="menu"
          aria-expanded={menu}
          onClick={() => setMenu(!menu)}
          className="rounded-md px-3 py-2 hover:bg-gray-100"
        >
          <span aria-hidden>⋯</span>
        </button>
        {menu && (
          <div role="menu" className="min-w-40 rounded-md border bg-white p-1 shadow-lg">
            <div
              role="menuitem"
              tabIndex={-1}
              ref={(el) => el?.focus()}
              onClick={() => navigate(`/orders/${id}/refund`)}
              onKeyDown={(e) => e.key === "Enter" && navigate(`/orders/${id}/refund`)}
              className="cursor-pointer rounded px-3 py-2 text-sm outline-none focus:bg-gray-100"
            >
              {t("floor.refund")}
            </div>
          </div>
        )}
      </div>
      {capturing && <CaptureDialog onClose={() => setCapturing(false)} />}
      {rest === "refund" && <RefundDialog onClose={() => navigate(`/orders/${id}`)} />}
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <Route path="/orders/:id/*?" component={OrderPage} />
    </QueryClientProvider>
  </StrictMode>,
);
