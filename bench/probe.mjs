// What the bench runs inside the page, before the page's own scripts: long tasks, paint
// timings, input timestamps, and "when" - the moment a condition on the page first holds,
// taken from a MutationObserver (and focus changes) rather than from Playwright's polling.

/* global window, document, MutationObserver, requestAnimationFrame -- this function runs in the page */
function probe(watches) {
  const b = (window.__bench = { longtasks: [], lcp: 0, fcp: 0, inputs: [], watches: {} });
  const observe = (type, fn) =>
    new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
  observe("longtask", (e) => b.longtasks.push([e.startTime, e.duration]));
  observe("largest-contentful-paint", (e) => (b.lcp = e.startTime));
  observe("paint", (e) => e.name === "first-contentful-paint" && (b.fcp = e.startTime));
  window.addEventListener("pointerdown", (e) => b.inputs.push(e.timeStamp), true);

  const visible = (el) => el.getClientRects().length > 0;
  const dts = () => [...document.querySelectorAll("dt")];
  b.figure = (term) =>
    dts()
      .find((dt) => dt.textContent.trim() === term && visible(dt))
      ?.nextElementSibling?.textContent.trim();
  const tests = {
    text: (selector, text) =>
      [...document.querySelectorAll(selector)].some((el) => el.textContent.includes(text) && visible(el)),
    count: (selector, n) => document.querySelectorAll(selector).length >= n,
    figure: (term, notValue) => b.figure(term) !== undefined && b.figure(term) !== notValue,
    dialogFocused: () => {
      const dialog = document.querySelector('[role="dialog"]');
      return Boolean(dialog && visible(dialog) && dialog.contains(document.activeElement));
    },
  };
  // The time the condition first held (`at`), and the end of the frame that painted it (`painted`):
  // a task queued from requestAnimationFrame runs once that frame is drawn.
  b.when = (name, ...args) =>
    new Promise((resolve) => {
      let done = false;
      const check = () => {
        if (done || !tests[name](...args)) return;
        done = true;
        observer.disconnect();
        document.removeEventListener("focusin", check, true);
        const at = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ at, painted: performance.now() });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener("focusin", check, true);
      check();
    });
  for (const [key, [name, ...args]] of Object.entries(watches)) b.watches[key] = b.when(name, ...args);
}

/** The init script for a page: the probe, with conditions to watch from the first byte. */
export const probeScript = (watches = {}) => `(${probe})(${JSON.stringify(watches)});`;
