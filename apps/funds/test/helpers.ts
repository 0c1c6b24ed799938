import { exports } from "cloudflare:workers";

/** The worker under test, called as a client would: JSON bodies, a bearer token, an Idempotency-Key on writes. */
// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and check them with expect
export type Answer = { status: number; json: any; text: string; headers: Headers };

const worker = () => (exports as unknown as { default: { fetch: typeof fetch } }).default;

export async function call(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  key: string | null = method === "GET" ? null : crypto.randomUUID(),
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (key !== null) headers["idempotency-key"] = key;
  const res = await worker().fetch(`http://local/funds${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Answer["json"] = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json, text, headers: res.headers };
}
