import { env, exports } from "cloudflare:workers";
import { bearer } from "./fixtures.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely and assert on them
export type Json = Record<string, any>;

export type CallOptions = {
  token?: string;
  /** A JSON body. */
  body?: unknown;
  /** A raw body (an upload), sent as `contentType` (default text/csv). */
  raw?: BodyInit;
  contentType?: string;
  /** The Idempotency-Key of a POST: a fresh one unless given; null sends none. */
  key?: string | null;
};

/** Calls the worker under test (workerd, real D1) the way a client would, under `/<service>`. */
export function serviceCaller(service: string) {
  const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;
  return async function call(method: string, path: string, options: CallOptions = {}) {
    const headers: Record<string, string> = options.token ? bearer(options.token) : {};
    let body: BodyInit | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      headers["content-type"] = options.contentType ?? "text/csv";
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] = options.contentType ?? "application/json";
    }
    if (method === "POST" && options.key !== null)
      headers["idempotency-key"] = options.key ?? crypto.randomUUID();
    const res = await worker.fetch(`http://local/${service}${path}`, { method, headers, body });
    const text = await res.text();
    const json =
      text && res.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as Json) : ({} as Json);
    return { status: res.status, headers: res.headers, json, text };
  };
}

export async function countRows(table: string, where = "1 = 1"): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).first<{
    n: number;
  }>();
  return row?.n ?? 0;
}
