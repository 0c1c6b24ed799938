import { env } from "cloudflare:workers";
import { foldVietnamese, newId } from "@ishc/domain";
import type { Json } from "@ishc/edge-kit/testing/client";
import { countRows, serviceCaller } from "@ishc/edge-kit/testing/client";

export type { Json };
export { countRows };

/** Calls the real worker (workerd, real D1) as a client would; every POST carries a fresh Idempotency-Key unless given one. */
export const call = serviceCaller("activities");

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
