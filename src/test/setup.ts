import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach } from "vitest";
import { loadsSettled } from "@/components/ui/lazy";
import { dismissAll } from "@/components/ui/toast";
import { activateLanguage } from "@/i18n/i18n";
import { loadMessages } from "@/i18n/languages";

// Tests read the screen in English (jsdom's browser language), as a merchant with it would.
activateLanguage("en", await loadMessages("en"));

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
