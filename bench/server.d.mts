// Types for bench/server.mjs, for the specs that serve a production build with it.
import type { RequestHandler } from "msw";

export type Served = {
  origin: string;
  put: (path: string, text: string) => void;
  close: () => Promise<void>;
};

export function serve(options: {
  root: string;
  handlers: RequestHandler[];
  headers?: Record<string, string>;
}): Promise<Served>;
