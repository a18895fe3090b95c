// The compiled messages of one language, made at build time by scripts/vite-messages.ts.
declare module "virtual:messages/*" {
  export const messages: Record<string, unknown>;
}
