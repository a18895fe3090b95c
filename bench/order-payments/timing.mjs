// Times one request many times: server time from the route's Server-Timing header, wall time
// from this process (request sent to body read).

const serverTime = (header) => {
  const match = /(?:^|,)\s*app;dur=([\d.]+)/.exec(header ?? "");
  if (!match) throw new Error(`No Server-Timing app;dur in the answer (got "${header}")`);
  return Number(match[1]);
};

export async function getJson(url, token) {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json();
  const wall = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
  const header = res.headers.get("server-timing");
  // The route says where the statuses came from: "stored", or "on-read" when the triggers are missing.
  const source = /desc="([^"]*)"/.exec(header ?? "")?.[1] ?? "unknown";
  return { body, wall, server: serverTime(header), source };
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function measure(url, token, runs) {
  const server = [];
  const wall = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = await getJson(url, token);
    server.push(last.server);
    wall.push(last.wall);
  }
  return {
    source: last.source,
    count: last.body.count,
    rows: (last.body.orders ?? last.body.payments).length,
    server: { median: percentile(server, 50), p95: percentile(server, 95) },
    wall: { median: percentile(wall, 50), p95: percentile(wall, 95) },
  };
}
