import { env, exports } from "cloudflare:workers";
import { bearer, seedOrgFixture, tokenFor } from "@ishc/edge-kit/testing/fixtures";

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely and assert on them
export type Json = Record<string, any>;

/** Calls the real worker (workerd, real D1) the way a client would. */
export async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: BodyInit; contentType?: string } = {},
) {
  const headers: Record<string, string> = options.token ? bearer(options.token) : {};
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers["content-type"] = options.contentType ?? "text/csv";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = options.contentType ?? "application/json";
  }
  const res = await exports.default.fetch(`http://local/membership${path}`, { method, headers, body });
  const text = await res.text();
  const json =
    text && res.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as Json) : ({} as Json);
  return { status: res.status, headers: res.headers, json, text };
}

export async function countRows(table: string, where = "1 = 1"): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).first<{
    n: number;
  }>();
  return row?.n ?? 0;
}

/** The fixture tree plus a token for each role at the level a real user of it would sit. */
export async function world() {
  const tree = await seedOrgFixture(env.DB);
  return {
    ...tree,
    admin: await tokenFor(env.DB, "province_admin", tree.province),
    officerA: await tokenFor(env.DB, "commune_officer", tree.communeA),
    officerB: await tokenFor(env.DB, "commune_officer", tree.communeB),
    boardA: await tokenFor(env.DB, "club_board", tree.clubA),
    viewer: await tokenFor(env.DB, "viewer", tree.province),
  };
}

export const newMember = (person: Json, joinedOn = "2024-03-01") => ({
  person: { sex: "female", ...person },
  joinedOn,
});
