import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { loadConfig } from "./lib/config";
import "./index.css";

async function boot() {
  const config = await loadConfig();
  if (config.demo) {
    // Loaded only in demo mode, so the production bundle carries no mock code.
    const { startDemo } = await import("./app/demo");
    await startDemo();
  }
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
