// Defined by Medusa's admin build (vite `define`) for plugin extensions.
declare const __BACKEND_URL__: string | undefined;
