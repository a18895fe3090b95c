import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { dismissAll } from "@/components/ui/toast";

afterEach(() => {
  cleanup();
  dismissAll();
  globalThis.sessionStorage?.clear();
});
