import { clubs, meetings, memberships, orgUnits, people } from "@ishc/domain/schema";
import { conflict, type Database, ruleError } from "@ishc/edge-kit";
import { and, eq, getTableColumns, gt, isNull, lte, or, type Placeholder } from "drizzle-orm";
import { fixedSelect } from "../fixed";

/*
 * Each loader selects one record with the materialised path of the org unit
 * that owns it, for `inScope(user, rows, what)`: a record outside the
 * caller's subtree answers the same 404 as one that does not exist.
 */

export const orgUnitById = (db: Database, id: string) =>
  db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);

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

const clubRow = fixedSelect(["id"], (qb, p) =>
  qb
    .select(clubColumns)
    .from(clubs)
    .innerJoin(orgUnits, eq(orgUnits.id, clubs.id))
    .where(eq(clubs.id, p.id))
    .limit(1),
);

/** Built once (`fixedSelect`): nearly every club route reads it. `db` is kept for the callers' sake. */
export const clubById = (_db: Database, id: string) => clubRow({ id });

/** Every club has a code and a parent; the org-unit columns are nullable only for other kinds. */
export function toClubView<T extends { code: string | null; parentId: string | null }>(row: T) {
  return { ...row, code: row.code ?? "", parentId: row.parentId ?? "" };
}

const personRow = fixedSelect(["id"], (qb, p) =>
  qb
    .select({ ...getTableColumns(people), path: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(eq(people.id, p.id))
    .limit(1),
);

/** Built once (`fixedSelect`), like `clubById`. */
export const personById = (_db: Database, id: string) => personRow({ id });

export const meetingById = (db: Database, id: string) =>
  db
    .select({ ...getTableColumns(meetings), path: orgUnits.path })
    .from(meetings)
    .innerJoin(orgUnits, eq(orgUnits.id, meetings.clubId))
    .where(eq(meetings.id, id))
    .limit(1);

export const membershipById = (db: Database, id: string) =>
  db
    .select({ ...getTableColumns(memberships), path: orgUnits.path })
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.clubId))
    .where(eq(memberships.id, id))
    .limit(1);

/** A membership that had begun by `on` and had not yet ended (the leaving day itself is no longer a member's). */
export const membershipActiveOn = (on: string | Placeholder) =>
  and(lte(memberships.joinedOn, on), or(isNull(memberships.leftOn), gt(memberships.leftOn, on)));

/** The unit holding an org-unit code, if any: codes are unique system-wide. */
export const orgUnitByCode = (db: Database, code: string | null | undefined) =>
  db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(eq(orgUnits.code, code ?? "\u0000"))
    .limit(1);

export function assertCodeFree(taken: readonly unknown[]): void {
  if (taken.length > 0)
    throw conflict("That code is taken", [
      ruleError("code", "is already used by another unit", "code_taken"),
    ]);
}
