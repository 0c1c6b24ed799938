import { exports } from "cloudflare:workers";

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and check them with expect
export type Answer = { status: number; json: any; text: string; headers: Headers; bytes: Uint8Array };

const worker = () => (exports as unknown as { default: { fetch: typeof fetch } }).default;

export async function call(method: string, path: string, token: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await worker().fetch(`http://local/reporting${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let json: Answer["json"] = null;
  try {
    json = text ? JSON.parse(text.replace(/^\uFEFF/, "")) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json, text, headers: res.headers, bytes };
}

/** An indicator's value (and the rest of it) from a JSON report. */
export function indicator(report: { indicators: { id: string }[] }, id: string) {
  // biome-ignore lint/suspicious/noExplicitAny: read loosely, checked with expect
  const found = report.indicators.find((i) => i.id === id) as any;
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
