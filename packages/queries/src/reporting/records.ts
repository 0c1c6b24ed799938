import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  attendance,
  clubStatusHistory,
  clubs,
  communications,
  healthChecks,
  journalEntries,
  journalLines,
  loanRepayments,
  loans,
  meetings,
  memberships,
  orgUnits,
  orgUnitVersions,
  people,
} from "@ishc/domain/schema";
import type { Database } from "@ishc/edge-kit";
import { and, asc, eq, getTableColumns, gte, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/*
 * What the reporting service reads of the other services' tables: every
 * record of the units that stood under an org unit at some time in a period,
 * as plain rows for the domain's `factsOf`. Each loader is a query builder,
 * so a report sends them all in one D1 batch. Nothing here writes.
 *
 * "Stood under" is read from org_unit_versions: the root, and every unit
 * with a version overlapping the period whose parent is already in the set.
 * That is a superset (a unit whose parent was in the subtree at another time
 * of the period); the domain's rollup keeps each unit's records only for the
 * days it stood in the subtree.
 */

export type ReportScope = {
  rootId: string;
  start: string;
  end: string;
  /** The root's own records only, not its subtree's. */
  only?: boolean;
};

/** `SELECT id` of every unit that stood under the root at some time in [start, end], the root included. */
export function unitsUnderDuring({ rootId, start, end, only }: ReportScope): SQL {
  if (only) return sql`(SELECT ${rootId})`;
  return sql`(WITH RECURSIVE under(id) AS (
      SELECT ${rootId}
      UNION
      SELECT v.org_unit_id FROM ${orgUnitVersions} v JOIN under u ON v.parent_id = u.id
        WHERE v.valid_from <= ${end} AND (v.valid_to IS NULL OR v.valid_to > ${start})
    ) SELECT id FROM under)`;
}

const inUnits = (column: SQLiteColumn, scope: ReportScope) => sql`${column} IN ${unitsUnderDuring(scope)}`;

export const scopeVersions = (db: Database, scope: ReportScope) =>
  db
    .select({
      orgUnitId: orgUnitVersions.orgUnitId,
      parentId: orgUnitVersions.parentId,
      name: orgUnitVersions.name,
      validFrom: orgUnitVersions.validFrom,
      validTo: orgUnitVersions.validTo,
    })
    .from(orgUnitVersions)
    .where(inUnits(orgUnitVersions.orgUnitId, scope))
    .orderBy(asc(orgUnitVersions.orgUnitId), asc(orgUnitVersions.validFrom));

export const scopeUnits = (db: Database, scope: ReportScope) =>
  db
    .select({ id: orgUnits.id, kind: orgUnits.kind, name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(inUnits(orgUnits.id, scope));

export const scopeClubs = (db: Database, scope: ReportScope) =>
  db.select({ id: clubs.id, foundedOn: clubs.foundedOn }).from(clubs).where(inUnits(clubs.id, scope));

export const scopeClubStatuses = (db: Database, scope: ReportScope) =>
  db
    .select({
      clubId: clubStatusHistory.clubId,
      status: clubStatusHistory.status,
      effectiveFrom: clubStatusHistory.effectiveFrom,
    })
    .from(clubStatusHistory)
    .where(inUnits(clubStatusHistory.clubId, scope));

/** Memberships that overlap the period, with the person's facts the composition counts. */
export const scopeMembers = (db: Database, scope: ReportScope) =>
  db
    .select({
      clubId: memberships.clubId,
      personId: memberships.personId,
      joinedOn: memberships.joinedOn,
      leftOn: memberships.leftOn,
      sex: people.sex,
      birthDate: people.birthDate,
      birthYear: people.birthYear,
      povertyStatus: people.povertyStatus,
      livesAlone: people.livesAlone,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        inUnits(memberships.clubId, scope),
        lte(memberships.joinedOn, scope.end),
        or(isNull(memberships.leftOn), gte(memberships.leftOn, scope.start)),
      ),
    );

const meetingId = sql.raw('"meetings"."id"');

/** Meetings in the period with their attendance and health checks counted. */
export const scopeMeetings = (db: Database, scope: ReportScope) =>
  db
    .select({
      clubId: meetings.clubId,
      heldOn: meetings.heldOn,
      attendances:
        sql<number>`(SELECT count(*) FROM ${attendance} a WHERE a.meeting_id = ${meetingId})`.mapWith(Number),
      healthChecks:
        sql<number>`(SELECT count(*) FROM ${healthChecks} h WHERE h.meeting_id = ${meetingId})`.mapWith(
          Number,
        ),
    })
    .from(meetings)
    .where(
      and(
        inUnits(meetings.clubId, scope),
        gte(meetings.heldOn, scope.start),
        lte(meetings.heldOn, scope.end),
      ),
    );

/** Loans paid out by the period's end (as `toLoanRecords` takes them). */
export const scopeLoans = (db: Database, scope: ReportScope) =>
  db
    .select(getTableColumns(loans))
    .from(loans)
    .where(
      and(inUnits(loans.clubId, scope), isNotNull(loans.disbursedOn), lte(loans.disbursedOn, scope.end)),
    );

export const scopeRepayments = (db: Database, scope: ReportScope) =>
  db
    .select(getTableColumns(loanRepayments))
    .from(loanRepayments)
    .where(and(inUnits(loanRepayments.clubId, scope), lte(loanRepayments.paidOn, scope.end)));

export const scopeEntries = (db: Database, scope: ReportScope) =>
  db
    .select({
      id: journalEntries.id,
      clubId: journalEntries.clubId,
      kind: journalEntries.kind,
      on: journalEntries.on,
      memo: journalEntries.memo,
      source: journalEntries.source,
      personId: journalEntries.personId,
      loanId: journalEntries.loanId,
      reversesId: journalEntries.reversesId,
    })
    .from(journalEntries)
    .where(and(inUnits(journalEntries.clubId, scope), lte(journalEntries.on, scope.end)));

export const scopeLines = (db: Database, scope: ReportScope) =>
  db
    .select({
      entryId: journalLines.entryId,
      lineNo: journalLines.lineNo,
      account: journalLines.account,
      side: journalLines.side,
      amount: journalLines.amount,
    })
    .from(journalLines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalLines.entryId))
    .where(and(inUnits(journalLines.clubId, scope), lte(journalEntries.on, scope.end)));

const activityId = sql.raw('"activities"."id"');

/** Activities started in the period by a unit of the scope, with labour half days and a communication's kind. */
export const scopeActivities = (db: Database, scope: ReportScope) =>
  db
    .select({
      id: activities.id,
      organiserId: activities.organiserId,
      startsOn: activities.startsOn,
      area: activities.area,
      typeCode: activities.typeCode,
      purpose: activities.purpose,
      sessions: activities.sessions,
      participantCount: activities.participantCount,
      labourHalfDays:
        sql<number>`(SELECT coalesce(sum(p.labour_half_days), 0) FROM ${activityParticipants} p WHERE p.activity_id = ${activityId})`.mapWith(
          Number,
        ),
      communicationKind: sql<
        string | null
      >`(SELECT c.kind FROM ${communications} c WHERE c.activity_id = ${activityId})`,
    })
    .from(activities)
    .where(
      and(
        inUnits(activities.organiserId, scope),
        gte(activities.startsOn, scope.start),
        lte(activities.startsOn, scope.end),
      ),
    );

/** Who each home-care visit of the period reached (a person of the register, or a beneficiary). */
export const scopeVisited = (db: Database, scope: ReportScope) =>
  db
    .select({
      activityId: activityBeneficiaries.activityId,
      who: sql<string>`coalesce(${activityBeneficiaries.personId}, ${activityBeneficiaries.beneficiaryId})`,
    })
    .from(activityBeneficiaries)
    .innerJoin(activities, eq(activities.id, activityBeneficiaries.activityId))
    .where(
      and(
        eq(activities.typeCode, "home_care_visit"),
        inUnits(activities.organiserId, scope),
        gte(activities.startsOn, scope.start),
        lte(activities.startsOn, scope.end),
      ),
    );

/** Every raw read a live report needs, for one `read(...)`. */
export const scopeRecordQueries = (db: Database, scope: ReportScope) =>
  [
    scopeClubs(db, scope),
    scopeClubStatuses(db, scope),
    scopeMembers(db, scope),
    scopeMeetings(db, scope),
    scopeLoans(db, scope),
    scopeRepayments(db, scope),
    scopeEntries(db, scope),
    scopeLines(db, scope),
    scopeActivities(db, scope),
    scopeVisited(db, scope),
  ] as const;
