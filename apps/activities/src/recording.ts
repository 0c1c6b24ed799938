/**
 * What every recording route shares: who may record, where the organiser
 * stands, the people and members a request names (read in the handler's one
 * batch), and the guarded writes that keep the rules true when two devices
 * race (D1 has no interactive transactions, so the rules that could change
 * between the read and the write are checked again inside the write's batch).
 */
import { CATALOGUE_VERSION, type OrganiserLevel, subtreeUpperBound } from "@ishc/domain";
import type { FieldError } from "@ishc/domain/contracts";
import {
  type activities,
  activityParticipants,
  clubRoles,
  clubs,
  memberships,
  orgUnits,
  people,
  trainingTrainees,
} from "@ishc/domain/schema";
import {
  AppError,
  conflict,
  type Database,
  type HandlerContext,
  inScope,
  invalid,
  notFound,
  ruleError,
} from "@ishc/edge-kit";
import { membershipActiveOn } from "@ishc/queries";
import { and, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";

export type Statement = BatchItem<"sqlite">;

/** The organiser: any org unit, with the club's founding date when it is a club. */
export const organiserById = (db: Database, id: string) =>
  db
    .select({ ...getTableColumns(orgUnits), foundedOn: clubs.foundedOn })
    .from(orgUnits)
    .leftJoin(clubs, eq(clubs.id, orgUnits.id))
    .where(eq(orgUnits.id, id))
    .limit(1);
export type Organiser = Awaited<ReturnType<typeof organiserById>>[number];

export function organiserLevelOf(kind: string): OrganiserLevel {
  if (kind === "club") return "club";
  if (kind === "commune" || kind === "ward") return "commune";
  return "province";
}

/** People by id with the path of the unit keeping their record (a never-matching id keeps the query valid). */
export const peopleByIds = (db: Database, ids: readonly string[]) =>
  db
    .select({ id: people.id, fullName: people.fullName, path: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(inArray(people.id, ids.length > 0 ? [...ids] : ["\u0000"]));

/** The memberships of these people that were open on `on`, with their club's path. */
export const membershipsOn = (db: Database, personIds: readonly string[], on: string) =>
  db
    .select({ personId: memberships.personId, clubId: memberships.clubId, clubPath: orgUnits.path })
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.clubId))
    .where(
      and(
        inArray(memberships.personId, personIds.length > 0 ? [...personIds] : ["\u0000"]),
        membershipActiveOn(on),
      ),
    );

/** Members of a club on `on`, for "more participants than members". */
export const memberCountOn = (db: Database, clubId: string, on: string) =>
  db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(memberships)
    .where(and(eq(memberships.clubId, clubId), membershipActiveOn(on)));

export function checkOrganiser(
  ctx: HandlerContext,
  rows: Organiser[],
  on: string,
): Organiser & { level: OrganiserLevel } {
  const organiser = inScope(ctx.user, rows, "org unit");
  if (organiser.foundedOn && on < organiser.foundedOn) {
    throw invalid([
      ruleError(
        "startsOn",
        `must not be before the club was founded (${organiser.foundedOn})`,
        "before_founding",
        {
          date: organiser.foundedOn,
        },
      ),
    ]);
  }
  return { ...organiser, level: organiserLevelOf(organiser.kind) };
}

/** 404 for anyone the request names whom the caller may not see (as if they did not exist). */
export function assertPeopleVisible(
  ctx: HandlerContext,
  found: readonly { id: string; path: string }[],
  named: readonly string[],
): Map<string, { id: string; path: string; fullName?: string }> {
  const byId = new Map(found.map((p) => [p.id, p]));
  for (const id of named) inScope(ctx.user, byId.has(id) ? [byId.get(id)!] : [], "person");
  return byId;
}

/** For each participant, the club (in the organiser's subtree) they were a member of on `on`, or a field error. */
export function clubsOfParticipants(
  participants: readonly { personId: string }[],
  open: readonly { personId: string; clubId: string; clubPath: string }[],
  organiserPath: string,
  on: string,
  field = "participants",
): { clubOf: Map<string, string>; errors: FieldError[] } {
  const clubOf = new Map<string, string>();
  const errors: FieldError[] = [];
  const upper = subtreeUpperBound(organiserPath);
  participants.forEach(({ personId }, i) => {
    const club = open
      .filter((m) => m.personId === personId && m.clubPath >= organiserPath && m.clubPath < upper)
      .map((m) => m.clubId)
      .sort()[0];
    if (club) clubOf.set(personId, club);
    else
      errors.push(
        ruleError(
          `${field}.${i}.personId`,
          `was not a member of a club of the organiser on ${on}`,
          "not_active_member",
          {
            date: on,
          },
        ),
      );
  });
  return { clubOf, errors };
}

export function activityRow(
  ctx: HandlerContext,
  organiser: { id: string; level: OrganiserLevel },
  fields: {
    id: string;
    area: (typeof activities.$inferInsert)["area"];
    typeCode: string;
    startsOn: string;
    endsOn?: string | null;
    title?: string | null;
    place?: string | null;
    purpose?: (typeof activities.$inferInsert)["purpose"];
    sessions?: number | null;
    minutes?: number | null;
    participantCount?: number | null;
    moneyVnd?: number | null;
    goodsVnd?: number | null;
    peopleReached?: number | null;
    notes?: string | null;
  },
): typeof activities.$inferInsert {
  return {
    organiserId: organiser.id,
    organiserLevel: organiser.level,
    catalogueVersion: CATALOGUE_VERSION,
    title: null,
    place: null,
    purpose: null,
    sessions: null,
    minutes: null,
    participantCount: null,
    moneyVnd: null,
    goodsVnd: null,
    peopleReached: null,
    notes: null,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    id: fields.id,
    area: fields.area,
    typeCode: fields.typeCode,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn ?? fields.startsOn,
    createdAt: new Date().toISOString(),
    createdBy: ctx.user.sub,
  };
}

const CHUNK = 25;
const chunks = <T>(rows: readonly T[]) =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Participants written only if each was a member, on `on`, of a club in the
 * organiser's subtree when the batch runs (the club taken from the membership).
 * A membership ended meanwhile leaves its row out, and `expectRows` then
 * refuses the whole batch.
 */
export function insertMembersGuarded(
  db: Database,
  activityId: string,
  organiserPath: string,
  on: string,
  rows: readonly { personId: string; labourHalfDays: number | null; minutes: number | null }[],
): Statement[] {
  const upper = subtreeUpperBound(organiserPath);
  return chunks(rows).map((chunk) => {
    const values = sql.join(
      chunk.map((r) => sql`(${r.personId}, ${r.labourHalfDays}, ${r.minutes})`),
      sql`, `,
    );
    return db.run(sql`INSERT INTO ${activityParticipants} (activity_id, person_id, club_id, labour_half_days, minutes)
      SELECT ${activityId}, v.column1, min(m.club_id), v.column2, v.column3
      FROM (VALUES ${values}) v
      JOIN ${memberships} m ON m.person_id = v.column1 AND m.joined_on <= ${on} AND (m.left_on IS NULL OR m.left_on > ${on})
      JOIN ${orgUnits} o ON o.id = m.club_id AND o.path >= ${organiserPath} AND o.path < ${upper}
      GROUP BY v.column1`);
  });
}

/** The visitor written as the visit's participant only if they hold the home-care volunteer role in the club on `on`. */
export function insertVolunteerGuarded(
  db: Database,
  activityId: string,
  clubId: string,
  personId: string,
  on: string,
  minutes: number,
): Statement {
  return db.run(sql`INSERT INTO ${activityParticipants} (activity_id, person_id, club_id, labour_half_days, minutes)
    SELECT ${activityId}, ${personId}, ${clubId}, NULL, ${minutes}
    WHERE EXISTS (SELECT 1 FROM ${clubRoles} r WHERE r.club_id = ${clubId} AND r.person_id = ${personId}
      AND r.role = 'home_care_volunteer' AND r.starts_on <= ${on} AND (r.ends_on IS NULL OR r.ends_on >= ${on}))`);
}

/** Trainees who are members written only if each was a member of the named club on `on`. */
export function insertTraineesGuarded(
  db: Database,
  activityId: string,
  on: string,
  rows: readonly { id: string; personId: string; clubId: string }[],
): Statement[] {
  return chunks(rows).map((chunk) => {
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}, ${r.personId}, ${r.clubId})`),
      sql`, `,
    );
    return db.run(sql`INSERT INTO ${trainingTrainees} (id, activity_id, person_id, club_id, staff_name, staff_role)
      SELECT v.column1, ${activityId}, v.column2, v.column3, NULL, NULL
      FROM (VALUES ${values}) v
      WHERE EXISTS (SELECT 1 FROM ${memberships} m WHERE m.person_id = v.column2 AND m.club_id = v.column3
        AND m.joined_on <= ${on} AND (m.left_on IS NULL OR m.left_on > ${on}))`);
  });
}

/**
 * A statement that fails the batch (so nothing in it is written, the
 * idempotency key included) unless `condition` holds when it runs: `json()`
 * of text that is not JSON raises an error.
 */
export function expectInBatch(db: Database, condition: SQL): Statement {
  return db.run(sql`SELECT json(CASE WHEN ${condition} THEN '0' ELSE 'ishc-guard' END)`);
}

export const expectRows = (
  db: Database,
  table: typeof activityParticipants | typeof trainingTrainees,
  activityId: string,
  n: number,
) => expectInBatch(db, sql`(SELECT count(*) FROM ${table} WHERE activity_id = ${activityId}) = ${n}`);

/** `ctx.commit`, answering 409 when a guard in the batch refused it (something changed since the read). */
export async function commitGuarded<A>(
  ctx: HandlerContext,
  statements: Statement[],
  answer: A,
  what: string,
): Promise<A> {
  try {
    return await ctx.commit(statements, answer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : "";
    if (/malformed JSON/i.test(message)) {
      throw conflict(`${what} changed while this was being recorded; read it again and resend`);
    }
    throw error;
  }
}

export { notFound };
