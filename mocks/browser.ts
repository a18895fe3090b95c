// Demo mode: the mock Medusa runs in a service worker and keeps its data in
// localStorage, so a reload shows what the merchant did, and two tabs see one store.
import { setupWorker } from "msw/browser";
import type { DB } from "./db";
import { createBackend, createHandlers } from "./handlers";

const STORAGE_KEY = "order-payments-demo-db";
const REVISION_KEY = "order-payments-demo-rev";
const VERSION = 3; // 2: idempotency records of the plugin (body, time, answer); 3: order changes
/** The revision of the store this tab holds; another tab's save changes the stored one. */
let revision: string | null = null;

function load(): DB | null {
  try {
    revision = localStorage.getItem(REVISION_KEY);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as { v: number; db: DB } | null;
    return saved?.v === VERSION ? saved.db : null;
  } catch {
    return null;
  }
}

function store(db: DB) {
  revision = `${Date.now()}-${Math.random()}`;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: VERSION, db }));
  localStorage.setItem(REVISION_KEY, revision);
}

const changedElsewhere = () => localStorage.getItem(REVISION_KEY) !== revision;

export async function startMockBackend() {
  const backend = createBackend(load, store, changedElsewhere);
  const worker = setupWorker(...createHandlers(backend));
  await worker.start({ onUnhandledRequest: "bypass", quiet: true, serviceWorker: { url: "/mockServiceWorker.js" } });
  return backend;
}
