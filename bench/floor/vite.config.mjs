// The floor's own build: the project's React and Tailwind plugins, its message compiler (the
// floor's own words, bench/floor/messages) and build target, nothing else.
import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { messageCatalogs } from "../../scripts/vite-messages.ts";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), tailwindcss(), messageCatalogs(fileURLToPath(new URL("messages", import.meta.url)))],
  build: { target: "es2022" },
});
