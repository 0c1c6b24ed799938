import { activities, beneficiaries, clubRoles, orgUnits } from "@ishc/domain/schema";
import type { Database } from "@ishc/edge-kit";
import { and, eq, getTableColumns, gte, isNull, lte, or } from "drizzle-orm";

/** A club role (a board seat or a volunteer duty) held on `on`: its term includes the day, both ends counted. */
export const clubRoleHeldOn = (on: string) =>
  and(lte(clubRoles.startsOn, on), or(isNull(clubRoles.endsOn), gte(clubRoles.endsOn, on)));

/** One activity with the path of its organiser, for `inScope`. */
export const activityById = (db: Database, id: string) =>
  db
    .select({ ...getTableColumns(activities), path: orgUnits.path })
    .from(activities)
    .innerJoin(orgUnits, eq(orgUnits.id, activities.organiserId))
    .where(eq(activities.id, id))
    .limit(1);

/** One beneficiary with the path of the unit that registered them, for `inScope`. */
export const beneficiaryById = (db: Database, id: string) =>
  db
    .select({ ...getTableColumns(beneficiaries), path: orgUnits.path })
    .from(beneficiaries)
    .innerJoin(orgUnits, eq(orgUnits.id, beneficiaries.orgUnitId))
    .where(eq(beneficiaries.id, id))
    .limit(1);
