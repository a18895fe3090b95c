import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { dismissAll } from "@/components/ui/toast";

// findBy and waitFor wait for what the screen shows; on a busy CI machine a lazy dialog or a
// transition can take longer than the library's default second to get there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  dismissAll();
  globalThis.sessionStorage?.clear();
});
