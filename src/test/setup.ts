import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach } from "vitest";
import { loadsSettled } from "@/components/ui/lazy";
import { dismissAll } from "@/components/ui/toast";

// findBy and waitFor wait for what the screen shows; on a busy CI machine a lazy dialog or a
// transition can take longer than the library's default second to get there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  dismissAll();
  globalThis.sessionStorage?.clear();
});

// A dialog's code fetched ahead while the page was idle may still be arriving when a file's last
// test ends; loading it after the environment is gone is an error that fails the whole run.
afterAll(() => loadsSettled());
