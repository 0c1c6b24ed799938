import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  communications,
  orgUnitVersions,
  trainingTrainees,
} from "@ishc/domain/schema";
import type { Database } from "@ishc/edge-kit";
import { and, count, countDistinct, eq, isNotNull, type SQL, sql } from "drizzle-orm";

/*
 * What the reporting service reads of what clubs and associations did:
 * counts and sums by area, type, labour purpose and organiser, for an org
 * unit's subtree and a date range. Each function returns a query builder, so
 * a handler sends them all in one D1 batch. Nothing here writes.
 *
 * The subtree is taken as the tree stood on each activity's start date (from
 * org_unit_versions), so a period's figures still add up after a commune is
 * merged or a club moves: an activity counts where its organiser stood when
 * it happened. A date before a unit's first version reads that first version.
 */

/** `activities.id` in the activities that started in [from, to] under `rootId` as the tree stood on their start date. */
export function activitiesUnder(rootId: string, from: string, to: string): SQL {
  return sql`${activities.id} IN (
    WITH RECURSIVE up(activity_id, unit_id, on_date) AS (
      SELECT ${activities.id}, ${activities.organiserId}, ${activities.startsOn} FROM ${activities}
        WHERE ${activities.startsOn} >= ${from} AND ${activities.startsOn} <= ${to}
      UNION
      SELECT up.activity_id, v.parent_id, up.on_date FROM up
        JOIN ${orgUnitVersions} v ON v.org_unit_id = up.unit_id
          AND (v.valid_from <= up.on_date
            OR v.valid_from = (SELECT min(f.valid_from) FROM ${orgUnitVersions} f WHERE f.org_unit_id = up.unit_id))
          AND (v.valid_to IS NULL OR v.valid_to > up.on_date)
        WHERE v.parent_id IS NOT NULL
    )
    SELECT activity_id FROM up WHERE unit_id = ${rootId})`;
}

/** The outer activity's id, always qualified: in a one-table select drizzle writes bare `"id"`, which a subquery would read as its own. */
const outerId = sql.raw('"activities"."id"');

const halfDaysOf = sql<number>`(SELECT coalesce(sum(p.labour_half_days), 0) FROM ${activityParticipants} p WHERE p.activity_id = ${outerId})`;
const listedOf = sql<number>`(SELECT count(*) FROM ${activityParticipants} p WHERE p.activity_id = ${outerId})`;

/** The sums every grouping reports (half days and minutes; the domain's publishTotals shows days and hours). */
export const activityTotalsColumns = {
  activities: sql<number>`count(*)`.mapWith(Number),
  sessions: sql<number>`coalesce(sum(${activities.sessions}), 0)`.mapWith(Number),
  participantPlaces:
    sql<number>`coalesce(sum(coalesce(${activities.participantCount}, ${listedOf})), 0)`.mapWith(Number),
  labourHalfDays: sql<number>`coalesce(sum(${halfDaysOf}), 0)`.mapWith(Number),
  minutes: sql<number>`coalesce(sum(${activities.minutes}), 0)`.mapWith(Number),
  moneyVnd: sql<number>`coalesce(sum(${activities.moneyVnd}), 0)`.mapWith(Number),
  goodsVnd: sql<number>`coalesce(sum(${activities.goodsVnd}), 0)`.mapWith(Number),
  peopleReached: sql<number>`coalesce(sum(${activities.peopleReached}), 0)`.mapWith(Number),
};

export type ActivityScope = { rootId: string; from: string; to: string };

export const totalsByArea = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({ area: activities.area, ...activityTotalsColumns })
    .from(activities)
    .where(activitiesUnder(rootId, from, to))
    .groupBy(activities.area)
    .orderBy(activities.area);

export const totalsByType = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({ typeCode: activities.typeCode, area: activities.area, ...activityTotalsColumns })
    .from(activities)
    .where(activitiesUnder(rootId, from, to))
    .groupBy(activities.typeCode, activities.area)
    .orderBy(activities.area, activities.typeCode);

/** Labour days by why they were given (single-parent household, storm, flood …). */
export const labourByPurpose = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({
      purpose: sql<string>`${activities.purpose}`,
      activities: activityTotalsColumns.activities,
      labourHalfDays: activityTotalsColumns.labourHalfDays,
    })
    .from(activities)
    .where(and(activitiesUnder(rootId, from, to), isNotNull(activities.purpose)))
    .groupBy(activities.purpose)
    .orderBy(activities.purpose);

/** By the club or association level that organised them. */
export const totalsByOrganiser = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({
      organiserId: activities.organiserId,
      organiserLevel: activities.organiserLevel,
      ...activityTotalsColumns,
    })
    .from(activities)
    .where(activitiesUnder(rootId, from, to))
    .groupBy(activities.organiserId, activities.organiserLevel)
    .orderBy(activities.organiserId);

/** Home-care visits, the distinct people visited (a linked beneficiary counts as its person) and the time given. */
export const homeCareCounts = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({
      visits: count(activities.id),
      distinctPeopleVisited: countDistinct(
        sql`coalesce(${activityBeneficiaries.personId}, ${activityBeneficiaries.beneficiaryId})`,
      ),
      minutes: sql<number>`coalesce(sum(${activities.minutes}), 0)`.mapWith(Number),
    })
    .from(activities)
    .innerJoin(activityBeneficiaries, eq(activityBeneficiaries.activityId, activities.id))
    .where(and(activitiesUnder(rootId, from, to), eq(activities.typeCode, "home_care_visit")));

/** Training courses, trainee places and the trainees recorded by name. */
export const trainingCounts = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({
      courses: count(activities.id),
      traineePlaces: sql<number>`coalesce(sum(${activities.participantCount}), 0)`.mapWith(Number),
      namedTrainees:
        sql<number>`coalesce(sum((SELECT count(*) FROM ${trainingTrainees} t WHERE t.activity_id = ${outerId})), 0)`.mapWith(
          Number,
        ),
    })
    .from(activities)
    .where(and(activitiesUnder(rootId, from, to), eq(activities.typeCode, "training_course")));

/** News items, articles and reports by kind. */
export const communicationCounts = (db: Database, { rootId, from, to }: ActivityScope) =>
  db
    .select({ kind: communications.kind, count: count(activities.id) })
    .from(activities)
    .innerJoin(communications, eq(communications.activityId, activities.id))
    .where(activitiesUnder(rootId, from, to))
    .groupBy(communications.kind)
    .orderBy(communications.kind);

/** Every aggregate of a subtree and period, for one `read(...)`: [byArea, byType, byPurpose, byOrganiser, homeCare, trainings, communications]. */
export const activitySummaryQueries = (db: Database, scope: ActivityScope) =>
  [
    totalsByArea(db, scope),
    totalsByType(db, scope),
    labourByPurpose(db, scope),
    totalsByOrganiser(db, scope),
    homeCareCounts(db, scope),
    trainingCounts(db, scope),
    communicationCounts(db, scope),
  ] as const;
