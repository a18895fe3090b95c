// The mock's one in-memory store, and how it is loaded, saved and put back to the seed.
import type { DB } from "./db";
import { seed } from "./seed";

export type MockBackend = { db: DB; save(): void; sync?(): void; reset(): void };

/** `sync`, where given, brings in what another tab wrote since (the demo's tabs share one store). */
export function createBackend(
  load?: () => DB | null,
  store?: (db: DB) => void,
  changedElsewhere?: () => boolean,
): MockBackend {
  const backend = {
    db: load?.() ?? seed(),
    save: () => store?.(backend.db),
    sync: () => {
      if (changedElsewhere?.()) backend.db = load?.() ?? backend.db;
    },
    reset: () => {
      const { tokens, plugin } = backend.db; // a reset keeps everyone signed in, and the server as it is
      backend.db = seed();
      backend.db.tokens = tokens;
      if (plugin === false) backend.db.plugin = false;
      backend.save();
    },
  };
  return backend;
}
