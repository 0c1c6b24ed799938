import type { AccessClaims } from "@ishc/domain/contracts";
import { clubs, meetings, orgUnits, people } from "@ishc/domain/schema";
import { assertInScope, type Database } from "@ishc/edge-kit";
import { eq } from "drizzle-orm";

/**
 * Loaders that find a record only if it lies in the caller's subtree; for
 * anything else they throw the same 404 as for a record that does not exist.
 */
export async function orgUnitInScope(db: Database, user: AccessClaims, id: string) {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  assertInScope(user, unit?.path, "org unit");
  return unit!;
}

export const clubColumns = {
  id: clubs.id,
  code: orgUnits.code,
  name: orgUnits.name,
  parentId: orgUnits.parentId,
  path: orgUnits.path,
  foundedOn: clubs.foundedOn,
  status: clubs.status,
  statusSince: clubs.statusSince,
};

export async function clubInScope(db: Database, user: AccessClaims, id: string) {
  const [club] = await db
    .select(clubColumns)
    .from(clubs)
    .innerJoin(orgUnits, eq(orgUnits.id, clubs.id))
    .where(eq(clubs.id, id))
    .limit(1);
  assertInScope(user, club?.path, "club");
  return toClubView(club!);
}

/** Every club has a code and a parent; the org-unit columns are nullable only for other kinds. */
export function toClubView<T extends { code: string | null; parentId: string | null }>(row: T) {
  return { ...row, code: row.code ?? "", parentId: row.parentId ?? "" };
}

export async function personInScope(db: Database, user: AccessClaims, id: string) {
  const [row] = await db
    .select({ person: people, path: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(eq(people.id, id))
    .limit(1);
  assertInScope(user, row?.path, "person");
  return row!.person;
}

export async function meetingInScope(db: Database, user: AccessClaims, id: string) {
  const [row] = await db
    .select({ meeting: meetings, path: orgUnits.path })
    .from(meetings)
    .innerJoin(orgUnits, eq(orgUnits.id, meetings.clubId))
    .where(eq(meetings.id, id))
    .limit(1);
  assertInScope(user, row?.path, "meeting");
  return row!.meeting;
}
