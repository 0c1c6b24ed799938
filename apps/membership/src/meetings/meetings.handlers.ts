import { newId, vietnamDate } from "@ishc/domain";
import { attendance, healthChecks, meetings, memberships, people } from "@ishc/domain/schema";
import {
  batchAll,
  chunkForInsert,
  database,
  decodeCursor,
  invalid,
  invalidField,
  type RouteHandler,
  requireWriter,
  toPage,
} from "@ishc/edge-kit";
import { and, asc, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { clubInScope, meetingInScope, membershipActiveOn } from "../shared/lookups";
import { audit } from "../shared/service";
import type * as routes from "./meetings.routes";

type Db = ReturnType<typeof database>;

export const listMeetings: RouteHandler<typeof routes.listMeetings> = async (c, { params, query }) => {
  const db = database(c);
  const club = await clubInScope(db, c.get("user"), params.id);
  const before = decodeCursor(query.cursor);
  const rows = await db
    .select({
      id: meetings.id,
      clubId: meetings.clubId,
      heldOn: meetings.heldOn,
      topic: meetings.topic,
      notes: meetings.notes,
      attendees: count(attendance.personId),
    })
    .from(meetings)
    .leftJoin(attendance, eq(attendance.meetingId, meetings.id))
    .where(and(eq(meetings.clubId, club.id), before ? lt(meetings.id, before) : undefined))
    .groupBy(meetings.id)
    .orderBy(desc(meetings.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
};

async function attendanceList(db: Db, meetingId: string) {
  return db
    .select({ personId: attendance.personId, fullName: people.fullName })
    .from(attendance)
    .innerJoin(people, eq(people.id, attendance.personId))
    .where(eq(attendance.meetingId, meetingId))
    .orderBy(asc(people.nameSearch));
}

export const createMeeting: RouteHandler<typeof routes.createMeeting> = async (c, { params, body }) => {
  const user = c.get("user");
  requireWriter(user, "record meetings");
  const db = database(c);
  const club = await clubInScope(db, user, params.id);
  if (body.heldOn > vietnamDate()) throw invalidField("heldOn", "must not be in the future");
  if (body.heldOn < club.foundedOn)
    throw invalidField("heldOn", `must not be before the club was founded (${club.foundedOn})`);
  const members = body.attendeeIds.length
    ? await db
        .select({ personId: memberships.personId })
        .from(memberships)
        .where(
          and(
            eq(memberships.clubId, club.id),
            inArray(memberships.personId, body.attendeeIds),
            membershipActiveOn(body.heldOn),
          ),
        )
    : [];
  const memberIds = new Set(members.map((m) => m.personId));
  const strangers = body.attendeeIds.flatMap((id, i) =>
    memberIds.has(id)
      ? []
      : [{ field: `attendeeIds.${i}`, message: `is not a member of this club on ${body.heldOn}` }],
  );
  if (strangers.length > 0) throw invalid(strangers);
  const meeting = {
    id: newId("meeting"),
    clubId: club.id,
    heldOn: body.heldOn,
    topic: body.topic,
    notes: body.notes ?? null,
  };
  const attendanceRows = body.attendeeIds.map((personId) => ({ meetingId: meeting.id, personId }));
  await db.batch([
    db.insert(meetings).values(meeting),
    ...chunkForInsert(attendanceRows).map((chunk) => db.insert(attendance).values(chunk)),
    audit(c, {
      action: "create",
      entity: "meeting",
      entityId: meeting.id,
      orgUnitId: club.id,
      detail: { attendees: attendanceRows.length },
    }),
  ]);
  return { ...meeting, attendees: attendanceRows.length, attendance: await attendanceList(db, meeting.id) };
};

export const getMeeting: RouteHandler<typeof routes.getMeeting> = async (c, { params }) => {
  const db = database(c);
  const meeting = await meetingInScope(db, c.get("user"), params.id);
  const list = await attendanceList(db, meeting.id);
  return { ...meeting, attendees: list.length, attendance: list };
};

const healthCheckColumns = {
  id: healthChecks.id,
  meetingId: healthChecks.meetingId,
  personId: healthChecks.personId,
  fullName: people.fullName,
  systolic: healthChecks.systolic,
  diastolic: healthChecks.diastolic,
  weightGrams: healthChecks.weightGrams,
};

async function healthCheckList(db: Db, meetingId: string) {
  const rows = await db
    .select(healthCheckColumns)
    .from(healthChecks)
    .innerJoin(people, eq(people.id, healthChecks.personId))
    .where(eq(healthChecks.meetingId, meetingId))
    .orderBy(asc(people.nameSearch));
  return rows.map(({ weightGrams, ...row }) => ({
    ...row,
    weightKg: weightGrams === null ? null : weightGrams / 1000,
  }));
}

export const recordHealthChecks: RouteHandler<typeof routes.recordHealthChecks> = async (
  c,
  { params, body },
) => {
  const user = c.get("user");
  requireWriter(user, "record health checks");
  const db = database(c);
  const meeting = await meetingInScope(db, user, params.id);
  const attended = new Set((await attendanceList(db, meeting.id)).map((a) => a.personId));
  const absent = body.checks.flatMap((check, i) =>
    attended.has(check.personId)
      ? []
      : [{ field: `checks.${i}.personId`, message: "did not attend this meeting" }],
  );
  if (absent.length > 0) throw invalid(absent);
  const rows = body.checks.map((check) => ({
    id: newId("healthCheck"),
    meetingId: meeting.id,
    personId: check.personId,
    systolic: check.systolic ?? null,
    diastolic: check.diastolic ?? null,
    weightGrams: check.weightKg == null ? null : Math.round(check.weightKg * 1000),
  }));
  await batchAll(db, [
    ...chunkForInsert(rows).map((chunk) =>
      db
        .insert(healthChecks)
        .values(chunk)
        .onConflictDoUpdate({
          target: [healthChecks.meetingId, healthChecks.personId],
          set: {
            systolic: sql`excluded.systolic`,
            diastolic: sql`excluded.diastolic`,
            weightGrams: sql`excluded.weight_grams`,
          },
        }),
    ),
    audit(c, {
      action: "record_health_checks",
      entity: "meeting",
      entityId: meeting.id,
      orgUnitId: meeting.clubId,
      detail: { people: rows.length },
    }),
  ]);
  return { items: await healthCheckList(db, meeting.id) };
};

export const listHealthChecks: RouteHandler<typeof routes.listHealthChecks> = async (c, { params }) => {
  const user = c.get("user");
  requireWriter(user, "see named health measures; viewers see counts and shares");
  const db = database(c);
  const meeting = await meetingInScope(db, user, params.id);
  return { items: await healthCheckList(db, meeting.id) };
};
