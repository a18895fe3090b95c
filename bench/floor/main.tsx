// The floor: the least a page built from our libraries can cost. Each library is used once,
// the way the app uses it: one query for the order, one validated form in one dialog.
import { zodResolver } from "@hookform/resolvers/zod";
import * as Dialog from "@radix-ui/react-dialog";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { useForm } from "react-hook-form";
import { z } from "zod";
import "./floor.css";

const orderId = decodeURIComponent(window.location.pathname.split("/")[2] ?? "");
const schema = z.object({ amount: z.string().regex(/^\d+(\.\d{1,2})?$/, "Enter an amount like 12.50") });

async function getOrder() {
  const res = await fetch(`/admin/orders/${encodeURIComponent(orderId)}?fields=id,display_id,email,created_at`, {
    credentials: "include",
  });
  if (!res.ok) throw new Error(`The server answered ${res.status}.`);
  return ((await res.json()) as { order: { display_id: number; email: string; created_at: string } }).order;
}

function AmountDialog({ onClose }: { onClose: () => void }) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { amount: "60.00" } });
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

function Page() {
  const order = useQuery({ queryKey: ["order", orderId], queryFn: getOrder });
  const [open, setOpen] = useState(false);
  // Like the app, the page shows its content only once the order is in: its paint waits for the server.
  if (!order.data)
    return <p className="py-16 text-center text-gray-600">{order.error ? order.error.message : "Loading order…"}</p>;
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Order #{order.data.display_id}</h1>
      <p className="text-sm text-gray-600">
        {new Date(order.data.created_at).toLocaleString()} · {order.data.email}
      </p>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white"
      >
        Capture payment
      </button>
      {open && <AmountDialog onClose={() => setOpen(false)} />}
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <Page />
    </QueryClientProvider>
  </StrictMode>,
);
