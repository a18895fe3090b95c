// The floor: the least a page built from our libraries can cost. Each library is used the way the
// app uses it, and no more: a wouter route /orders/:id, one query for the order (its answer checked
// with a zod/mini schema, as the app's API client does), one form validated by a zod/mini schema
// through the resolver, in one Radix dialog opened by a button or by the item of a menu button
// written by hand, as the app's is. One plain page in one script: nothing is split out or loaded later. The refund dialog
// holds the four fields the spec gives the app's refund panel (payment, amount, reason, note) and,
// like the panel, has an address of its own (/orders/:id/refund), so Back and a reload keep it.
import { zodResolver } from "@hookform/resolvers/zod";
import * as Dialog from "@radix-ui/react-dialog";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "react-hook-form";
import { Route, useLocation, useParams } from "wouter";
import * as z from "zod/mini";
import "./floor.css";

const orderSchema = z.object({
  order: z.object({ display_id: z.number(), email: z.string(), created_at: z.string() }),
});
const amount = z.string().check(z.regex(/^\d+(\.\d{1,2})?$/, "Enter an amount like 12.50"));
const amountSchema = z.object({ amount });
const refundSchema = z.object({
  paymentId: z.string().check(z.minLength(1, "Choose a payment")),
  amount,
  reasonId: z.string(),
  note: z.string().check(z.maxLength(500, "500 characters at most")),
});

async function getOrder(id: string) {
  const res = await fetch(`/admin/orders/${encodeURIComponent(id)}?fields=id,display_id,email,created_at`, {
    credentials: "include",
  });
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
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
          <Dialog.Title className="text-lg font-semibold">Capture payment</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-gray-600">
            Capturing charges the customer.
          </Dialog.Description>
          <form onSubmit={form.handleSubmit(onClose)} noValidate className="mt-4 space-y-3">
            <label className="block text-sm font-medium">
              Amount to capture
              <input
                className="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2"
                {...form.register("amount")}
              />
            </label>
            {error && <p className="text-sm text-red-700">{error}</p>}
            <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white">
              Confirm
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
          <Dialog.Title className="text-lg font-semibold">Refund</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-gray-600">
            Refunding pays the customer back.
          </Dialog.Description>
          <form onSubmit={form.handleSubmit(onClose)} noValidate className="mt-4 space-y-3">
            <label className="block text-sm font-medium">
              Payment
              <select className={field} {...form.register("paymentId")}>
                <option value="pay_1">Card · pay_1</option>
                <option value="pay_2">Card · pay_2</option>
              </select>
            </label>
            <label className="block text-sm font-medium">
              Amount
              <input className={field} {...form.register("amount")} />
            </label>
            {errors.amount && <p className="text-sm text-red-700">{errors.amount.message}</p>}
            <label className="block text-sm font-medium">
              Reason
              <select className={field} {...form.register("reasonId")}>
                <option value="">No reason</option>
                <option value="rr_1">Return</option>
                <option value="rr_2">Damaged</option>
              </select>
            </label>
            <label className="block text-sm font-medium">
              Note
              <textarea rows={3} className={field} {...form.register("note")} />
            </label>
            <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white">
              Refund
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
    return <p className="py-16 text-center text-gray-600">{order.error ? order.error.message : "Loading order…"}</p>;
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Order #{order.data.display_id}</h1>
      <p className="text-sm text-gray-600">
        {new Date(order.data.created_at).toLocaleString()} · {order.data.email}
      </p>
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={() => setCapturing(true)}
          className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white"
        >
          Capture payment
        </button>
        {/* The least a menu button can be: no library, one item. */}
        <button
          type="button"
          aria-label="Payment actions"
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
              Refund
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
