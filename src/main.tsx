import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { loadConfig } from "./lib/config";
import "./index.css";

async function boot() {
  await loadConfig();
  // A compile-time constant: outside demo builds this branch and the mock chunk are dropped.
  if (import.meta.env.MODE === "demo") {
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
