import type { AccessClaims } from "@ishc/domain/contracts";
import { clubs, meetings, memberships, orgUnits, people } from "@ishc/domain/schema";
import { assertInScope, type Database } from "@ishc/edge-kit";
import { and, eq, gt, isNull, lte, or } from "drizzle-orm";

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

/** The first row of a query that also selects the owning unit's `path`, if that path is in scope. */
async function firstInScope<T>(query: Promise<{ row: T; path: string }[]>, user: AccessClaims, what: string) {
  const [found] = await query;
  assertInScope(user, found?.path, what);
  return found!.row;
}

export function personInScope(db: Database, user: AccessClaims, id: string) {
  const query = db
    .select({ row: people, path: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(eq(people.id, id))
    .limit(1);
  return firstInScope(query, user, "person");
}

export function meetingInScope(db: Database, user: AccessClaims, id: string) {
  const query = db
    .select({ row: meetings, path: orgUnits.path })
    .from(meetings)
    .innerJoin(orgUnits, eq(orgUnits.id, meetings.clubId))
    .where(eq(meetings.id, id))
    .limit(1);
  return firstInScope(query, user, "meeting");
}

export function membershipInScope(db: Database, user: AccessClaims, id: string) {
  const query = db
    .select({ row: memberships, path: orgUnits.path })
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.clubId))
    .where(eq(memberships.id, id))
    .limit(1);
  return firstInScope(query, user, "membership");
}

/** A membership that had begun by `on` and had not yet ended (the leaving day itself is no longer a member's). */
export const membershipActiveOn = (on: string) =>
  and(lte(memberships.joinedOn, on), or(isNull(memberships.leftOn), gt(memberships.leftOn, on)));
