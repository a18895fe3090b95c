// Demo mode: the mock Medusa runs in a service worker and keeps its data in
// localStorage, so a reload shows what the merchant did.
import { setupWorker } from "msw/browser";
import type { DB } from "./db";
import { createBackend, createHandlers } from "./handlers";

const STORAGE_KEY = "order-payments-demo-db";
const VERSION = 1;

function load(): DB | null {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as { v: number; db: DB } | null;
    return saved?.v === VERSION ? saved.db : null;
  } catch {
    return null;
  }
}

export async function startMockBackend() {
  const backend = createBackend(load, (db) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: VERSION, db })));
  const worker = setupWorker(...createHandlers(backend));
  await worker.start({ onUnhandledRequest: "bypass", quiet: true, serviceWorker: { url: "/mockServiceWorker.js" } });
  return backend;
}
