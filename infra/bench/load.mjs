/**
 * A small, bounded HTTP load generator: a fixed number of keep-alive connections, each sending
 * one request after another (closed loop) for a warm-up and then a measured window. Only loopback.
 * GETs by default; a write gives `method` and `next()`, which makes each request's extra headers
 * and body (a fresh Idempotency-Key, say).
 *
 * Bounded three ways: by time (warm-up + duration), by a request cap, and by a per-request
 * timeout. It stops at the first non-2xx answer, network error or answer `verify` refuses, and
 * reports it.
 *
 * One call is one window: interleaved windows (infra/bench/pairs.mjs) give the same `agent` to
 * every window of a side, so its keep-alive sockets stay open between them.
 */
import http from "node:http";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Keep-alive sockets for `connections` connections, to share between the windows of one side. */
export const keepAliveAgent = (connections) =>
  new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });

/**
 * @param {object} options
 * @param {string} options.url
 * @param {Record<string, string>} [options.headers]
 * @param {number} options.connections
 * @param {number} options.warmupMs
 * @param {number} options.durationMs
 * @param {number} [options.maxRequests]
 * @param {number} [options.timeoutMs]
 * @param {string} [options.method]
 * @param {() => { path?: string, headers?: Record<string, string>, body?: string }} [options.next]
 * @param {(body: string) => string | undefined} [options.verify] reads every 2xx answer's body; a
 *   returned message counts as a failure (a sync answer that refused an operation, say)
 * @param {http.Agent} [options.agent] keep-alive sockets shared with other windows (left open);
 *   by default a fresh agent, destroyed at the end
 * @param {number} [options.minRequests] the window runs past its end until this many requests
 *   completed in it (a sequential scenario whose calls may outlast a short window)
 */
export async function runLoad({
  url,
  headers = {},
  connections,
  warmupMs,
  durationMs,
  maxRequests = 1_000_000,
  timeoutMs = 10_000,
  method = "GET",
  next,
  verify,
  agent: sharedAgent,
  minRequests = 0,
}) {
  const target = new URL(url);
  if (!LOOPBACK.has(target.hostname)) throw new Error(`refusing to load a non-loopback host: ${url}`);
  const agent = sharedAgent ?? keepAliveAgent(connections);
  const requestOptions = {
    agent,
    host: target.hostname,
    port: target.port,
    path: `${target.pathname}${target.search}`,
    method,
    headers,
  };

  const start = performance.now();
  const measureFrom = start + warmupMs;
  const end = measureFrom + durationMs;
  /** Latencies (ms) of the requests that completed inside the measured window. */
  const latencies = [];
  let sent = 0;
  /** @type {{ status?: number, body?: string, error?: string } | undefined} */
  let failure;

  const send = (extra) =>
    new Promise((resolve) => {
      const options = {
        ...requestOptions,
        ...(extra.path ? { path: extra.path } : {}),
        ...(extra.headers ? { headers: { ...headers, ...extra.headers } } : {}),
      };
      const t0 = performance.now();
      const req = http.request(options, (res) => {
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        const keep = !ok || verify !== undefined;
        const chunks = [];
        res.on("data", (chunk) => {
          if (keep) chunks.push(chunk);
        });
        res.on("end", () => {
          const t1 = performance.now();
          const body = keep ? Buffer.concat(chunks).toString("utf8") : undefined;
          const problem = ok && verify ? verify(body) : undefined;
          resolve({
            t0,
            t1,
            status: res.statusCode,
            body: ok && !problem ? undefined : body.slice(0, 500),
            error: problem,
          });
        });
        res.on("error", (error) => resolve({ t0, t1: performance.now(), error: error.message }));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on("error", (error) =>
        resolve({
          t0,
          t1: performance.now(),
          error: error.message,
          staleSocket: req.reusedSocket && error.code === "ECONNRESET",
        }),
      );
      req.end(extra.body);
    });

  // A keep-alive socket the server closed just as a request went out: sent again once, unchanged
  // (the same Idempotency-Key), on a fresh socket, as Node's documentation advises.
  const one = async () => {
    const extra = next?.() ?? {};
    const first = await send(extra);
    return first.staleSocket ? send(extra) : first;
  };

  const connection = async () => {
    const short = () => latencies.length < minRequests;
    while (!failure && sent < maxRequests && (performance.now() < end || short())) {
      sent++;
      const r = await one();
      if (r.error || r.status < 200 || r.status >= 300) {
        failure ??= { status: r.status, body: r.body, error: r.error };
        break;
      }
      if (r.t1 >= measureFrom && (r.t1 <= end || short())) latencies.push(r.t1 - r.t0);
    }
  };

  try {
    await Promise.all(Array.from({ length: connections }, connection));
  } finally {
    if (!sharedAgent) agent.destroy();
  }
  if (failure) return { failure };

  const sorted = Float64Array.from(latencies).sort();
  const at = (q) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return {
    latencies: sorted,
    durationMs,
    requests: sorted.length,
    rps: sorted.length / (durationMs / 1000),
    mean,
    p50: at(0.5),
    p99: at(0.99),
    capped: sent >= maxRequests,
  };
}
