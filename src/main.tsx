// The page's first script, kept tiny: it reads the settings and asks for the order on screen
// while the browser is still downloading the app, then hands over to the app.
import { requestOrderEarly } from "./app/perf/early-order";
import { chosenLanguage, LANGUAGES, loadMessages } from "./i18n/languages";
import { appPath } from "./lib/base-path";
import { loadConfig } from "./lib/config";
import { connectOnlyTo } from "./lib/connect-policy";
import "./index.css";

async function boot() {
  // The one language on screen: its messages download beside the settings and the app.
  const language = chosenLanguage();
  const messages = loadMessages(language);
  // index.html says "Loading…" in English until now.
  const { dir, loading } = LANGUAGES[language];
  Object.assign(document.documentElement, { lang: language, dir });
  const waiting = document.querySelector("#root > p");
  if (waiting) waiting.textContent = loading;
  connectOnlyTo((await loadConfig()).backendUrl); // before any request to it, or any other script
  // A compile-time constant: outside demo builds this branch and the mock chunk are dropped.
  if (import.meta.env.MODE === "demo") {
    const { startDemo } = await import("./app/demo");
    await startDemo();
  }
  const orderId = requestOrderEarly(appPath());
  const [{ start }, loaded] = await Promise.all([import("./app/start"), messages]);
  start(orderId, language, loaded);
}

void boot();
