// The figures the bench reports, in table order: where each comes from (a key into the
// samples run.mjs collected), its unit, and its budget. Budgets on ratios and scores are
// checked on the median; long-task budgets on the worst run, since one janky click is one too many.
const ms = "ms";
const kib = "KiB";
const n = "count";
const ratio = (max) => ({ ratio: max });
const worst = (max) => ({ worst: max });

export const SECTIONS = [
  [
    "First load of /orders/:id (JS and CSS until no request for 1.5 s, idle prefetches included; gzip and brotli computed from the files)",
    [
      ["js.wire", "JS downloaded, as served", kib],
      ["js.gzip", "JS, gzip -9", kib, ratio(1.45)],
      ["js.br", "JS, brotli -q 11", kib],
      ["js.raw", "JS unpacked", kib],
      ["jsInitial.gzip", "JS before the figures show, gzip", kib, ratio(1.3)],
      ["js.files", "JS files", n],
      ["css.gzip", "CSS, gzip -9", kib],
      ["css.raw", "CSS unpacked", kib],
    ],
  ],
  [
    "Lighthouse, desktop",
    [
      ["lhDesktop.score", "Performance score", "score", { min: 100 }],
      ["lhDesktop.fcp", "First Contentful Paint", ms],
      ["lhDesktop.lcp", "Largest Contentful Paint", ms, ratio(1.2)],
      ["lhDesktop.tbt", "Total Blocking Time", ms],
      ["lhDesktop.bytes", "Total bytes", kib],
    ],
  ],
  [
    "Lighthouse, mobile (simulated slow 4G, 4x CPU)",
    [
      ["lhMobile.score", "Performance score", "score", { min: 95 }],
      ["lhMobile.fcp", "First Contentful Paint", ms],
      ["lhMobile.lcp", "Largest Contentful Paint", ms, ratio(1.2)],
      ["lhMobile.tbt", "Total Blocking Time", ms],
      ["lhMobile.bytes", "Total bytes", kib],
    ],
  ],
  [
    "In Chromium, 1280x800, local network (times from navigation start or from the pointerdown)",
    [
      ["load.fcp", "First Contentful Paint", ms],
      // Reported, not budgeted: the LCP budget is Lighthouse's, above. Over a local socket
      // this is main-thread time alone, a whole order page against the floor's one heading
      // (docs/decisions/004, "The load in a local browser").
      ["load.lcp", "Largest Contentful Paint", ms],
      ["load.ready", "Load to payment figures painted (floor: order heading)", ms],
      ["load.longestTask", "Longest task during load", ms],
      ["listToOrder.ms", "Orders list: click an order to its payment figures", ms],
      ["listToOrder.longestTask", "  longest task", ms, worst(50)],
      ["capture1.ms", "Click Capture payment to dialog focused", ms, ratio(1.2)],
      ["capture1.longestTask", "  longest task", ms, worst(50)],
      ["capture4.ms", "  the same at 4x CPU slowdown", ms, ratio(1.2)],
      ["refund1.ms", "Row menu > Refund to panel focused (floor: its dialog)", ms, ratio(1.2)],
      ["refund1.longestTask", "  longest task", ms, worst(50)],
      ["refund4.ms", "  the same at 4x CPU slowdown", ms, ratio(1.2)],
      ["confirm.ms", "Confirm a capture to the new Captured figure", ms],
      ["confirm.net", "  less the server's own time (Server-Timing)", ms],
      ["confirm.longestTask", "  longest task", ms, worst(50)],
      ["large.ms", "Order with 100 payments, 500 refunds: load to all payments shown", ms],
      ["large.longestTask", "  longest task", ms, worst(200)],
      ["scroll.ms", "  then scrolled to its end, a screenful a frame", ms],
      ["scroll.frames", "  frames on the way", n],
      ["scroll.longestFrame", "  longest frame", ms],
      ["scroll.longestTask", "  longest task", ms, worst(50)],
      ["list.ms", "10,000 orders: load to the first page", ms],
      ["list.longestTask", "  longest task", ms, worst(200)],
      ["next.ms", "10,000 orders: Next to page 2", ms],
      ["next.longestTask", "  longest task", ms, worst(50)],
    ],
  ],
  [
    "With the Medusa plugin and without it (the same build; reported, no budget)",
    [
      ["confirm.ms", "Confirm a capture to the new Captured figure, with the plugin (the server checks the limit)", ms],
      ["confirmBare.ms", "  without the plugin (the app reads the order first)", ms],
      ["confirmBare.net", "  without, less the server's own time", ms],
      ["load.ready", "Load to payment figures, app on its own host (reads config.json first)", ms],
      ["loadOneOrigin.ready", "  served by the plugin (the page names its backend)", ms],
    ],
  ],
  [
    "API requests",
    [
      ["api.load", "Order page load, all", n],
      ["api.orderData", "Order page load, for the order's data", n, { max: 1 }],
      ["api.list", "Orders list load", n],
      ["api.listToOrder", "Orders list to an order", n],
      ["api.capture", "Open the capture dialog", n],
      ["api.refund", "Open the refund panel", n],
      ["api.confirm", "Confirm a capture", n],
      ["api.confirmBare", "Confirm a capture, without the plugin", n],
      ["api.loadOneOrigin", "Order page load, served by the plugin", n],
      ["api.next", "Next page of orders", n],
    ],
  ],
];
