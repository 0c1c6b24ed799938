import { env, exports } from "cloudflare:workers";
import { foldVietnamese, newId } from "@ishc/domain";
import { bearer } from "@ishc/edge-kit/testing/fixtures";

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely and assert on them
export type Json = Record<string, any>;

/** Calls the real worker (workerd, real D1) as a client would; every POST carries a fresh Idempotency-Key unless given one. */
export async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string | null } = {},
) {
  const headers: Record<string, string> = options.token ? bearer(options.token) : {};
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method === "POST" && options.key !== null)
    headers["idempotency-key"] = options.key ?? crypto.randomUUID();
  const res = await exports.default.fetch(`http://local/activities${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
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

/** Row counts of the activities service's tables, to show a refused write wrote nothing. */
export async function activityTables() {
  const tables = [
    "activities",
    "activity_participants",
    "activity_beneficiaries",
    "beneficiaries",
    "home_care_visits",
    "training_trainees",
    "communications",
    "idempotency_keys",
    "audit_log",
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(t)])));
}

/**
 * A person with a membership of `clubId` from `joinedOn` (to `leftOn`), written
 * straight to D1 as the membership service would have: this service may not write people.
 */
export async function seedMember(
  clubId: string,
  fullName: string,
  joinedOn = "2020-01-10",
  leftOn: string | null = null,
): Promise<string> {
  const id = newId("person");
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO people (id, org_unit_id, full_name, name_search, sex, birth_year, poverty_status, lives_alone, created_at)
       VALUES (?, ?, ?, ?, 'female', 1955, 'none', 0, ?)`,
    ).bind(id, clubId, fullName.normalize("NFC"), foldVietnamese(fullName), new Date().toISOString()),
    env.DB.prepare(
      "INSERT INTO memberships (id, person_id, club_id, joined_on, left_on) VALUES (?, ?, ?, ?, ?)",
    ).bind(newId("membership"), id, clubId, joinedOn, leftOn),
  ]);
  return id;
}

export async function seedRole(
  clubId: string,
  personId: string,
  role: string,
  startsOn: string,
  endsOn: string | null = null,
) {
  await env.DB.prepare(
    "INSERT INTO club_roles (id, club_id, person_id, role, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)",
  )
    .bind(newId("clubRole"), clubId, personId, role, startsOn, endsOn)
    .run();
}
