// Types for the parts of seed.mjs the Playwright fixtures use.
export type OrderSpec = {
  role: string;
  /** The demo order (mocks/seed.ts) this one stands for, where there is one. */
  demo?: number;
  name: string;
  email: string;
  lines: [string, number][];
  shipping: number;
  steps: unknown[][];
};
export type Api = {
  login(email: string, password: string): Promise<string>;
  setPublishableKey(key: string): void;
};
export type Catalog = Record<string, unknown>;
export const ORDERS: OrderSpec[];
export function client(baseUrl: string): Api;
export function placeOrder(api: Api, catalog: Catalog, spec: OrderSpec): Promise<{ id: string; display_id: number }>;
export function applySteps(
  api: Api,
  catalog: Catalog,
  reasons: Record<string, string>,
  order: { id: string },
  steps: unknown[][],
): Promise<string[]>;
export function refundReasons(api: Api): Promise<Record<string, string>>;
