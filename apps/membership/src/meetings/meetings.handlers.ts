import { newId, vietnamDate } from "@ishc/domain";
import { attendance, healthChecks, meetings, memberships, people } from "@ishc/domain/schema";
import {
  chunkForInsert,
  type Database,
  decodeCursor,
  inScope,
  invalid,
  invalidField,
  type RouteHandler,
  requireWriter,
  ruleError,
  toPage,
} from "@ishc/edge-kit";
import { clubById, meetingById, membershipActiveOn } from "@ishc/queries";
import { and, asc, count, desc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import type * as routes from "./meetings.routes";

export const listMeetings: RouteHandler<typeof routes.listMeetings> = async (
  { user, db, read },
  { params, query },
) => {
  const before = decodeCursor(query.cursor);
  const [clubRows, rows] = await read(
    clubById(db, params.id),
    db
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
      .where(
        and(
          eq(meetings.clubId, params.id),
          before ? lt(meetings.id, before) : undefined,
          query.from ? gte(meetings.heldOn, query.from) : undefined,
          query.to ? lte(meetings.heldOn, query.to) : undefined,
        ),
      )
      .groupBy(meetings.id)
      .orderBy(desc(meetings.id))
      .limit(query.limit + 1),
  );
  inScope(user, clubRows, "club");
  return toPage(rows, query.limit);
};

function attendanceList(db: Database, meetingId: string) {
  return db
    .select({ personId: attendance.personId, fullName: people.fullName })
    .from(attendance)
    .innerJoin(people, eq(people.id, attendance.personId))
    .where(eq(attendance.meetingId, meetingId))
    .orderBy(asc(people.nameSearch));
}

export const createMeeting: RouteHandler<typeof routes.createMeeting> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record meetings");
  const [clubRows, members] = await ctx.read(
    clubById(db, params.id),
    db
      .select({ personId: memberships.personId })
      .from(memberships)
      .where(
        and(
          eq(memberships.clubId, params.id),
          inArray(memberships.personId, body.attendeeIds),
          membershipActiveOn(body.heldOn),
        ),
      ),
  );
  const club = inScope(ctx.user, clubRows, "club");
  if (body.heldOn > vietnamDate()) throw invalidField("heldOn", "must not be in the future", "in_future");
  if (body.heldOn < club.foundedOn)
    throw invalidField(
      "heldOn",
      `must not be before the club was founded (${club.foundedOn})`,
      "before_founding",
      {
        date: club.foundedOn,
      },
    );
  const memberIds = new Set(members.map((m) => m.personId));
  const strangers = body.attendeeIds.flatMap((id, i) =>
    memberIds.has(id)
      ? []
      : [
          ruleError(
            `attendeeIds.${i}`,
            `is not a member of this club on ${body.heldOn}`,
            "not_active_member",
            {
              date: body.heldOn,
            },
          ),
        ],
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
  const results = await ctx.writeAll([
    db.insert(meetings).values(meeting),
    ...chunkForInsert(attendanceRows).map((chunk) => db.insert(attendance).values(chunk)),
    ctx.audit({
      action: "create",
      entity: "meeting",
      entityId: meeting.id,
      orgUnitId: club.id,
      detail: { attendees: attendanceRows.length },
    }),
    attendanceList(db, meeting.id),
  ]);
  const list = results.at(-1) as Awaited<ReturnType<typeof attendanceList>>;
  return { ...meeting, attendees: attendanceRows.length, attendance: list };
};

export const getMeeting: RouteHandler<typeof routes.getMeeting> = async ({ user, db, read }, { params }) => {
  requireWriter(user, "see who attended by name; viewers see the attendee counts in the meeting list");
  const [meetingRows, list] = await read(meetingById(db, params.id), attendanceList(db, params.id));
  const { path: _path, ...meeting } = inScope(user, meetingRows, "meeting");
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

const healthCheckList = (db: Database, meetingId: string) =>
  db
    .select(healthCheckColumns)
    .from(healthChecks)
    .innerJoin(people, eq(people.id, healthChecks.personId))
    .where(eq(healthChecks.meetingId, meetingId))
    .orderBy(asc(people.nameSearch));

function healthCheckViews(rows: Awaited<ReturnType<typeof healthCheckList>>) {
  return rows.map(({ weightGrams, ...row }) => ({
    ...row,
    weightKg: weightGrams === null ? null : weightGrams / 1000,
  }));
}

export const recordHealthChecks: RouteHandler<typeof routes.recordHealthChecks> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record health checks");
  const [meetingRows, attendees] = await ctx.read(meetingById(db, params.id), attendanceList(db, params.id));
  const meeting = inScope(ctx.user, meetingRows, "meeting");
  const attended = new Set(attendees.map((a) => a.personId));
  const absent = body.checks.flatMap((check, i) =>
    attended.has(check.personId)
      ? []
      : [ruleError(`checks.${i}.personId`, "did not attend this meeting", "not_attended")],
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
  const results = await ctx.writeAll([
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
    ctx.audit({
      action: "record_health_checks",
      entity: "meeting",
      entityId: meeting.id,
      orgUnitId: meeting.clubId,
      detail: { people: rows.length },
    }),
    healthCheckList(db, meeting.id),
  ]);
  return { items: healthCheckViews(results.at(-1) as Awaited<ReturnType<typeof healthCheckList>>) };
};

export const listHealthChecks: RouteHandler<typeof routes.listHealthChecks> = async (
  { user, db, read },
  { params },
) => {
  requireWriter(user, "see named health measures; viewers see counts and shares");
  const [meetingRows, rows] = await read(meetingById(db, params.id), healthCheckList(db, params.id));
  inScope(user, meetingRows, "meeting");
  return { items: healthCheckViews(rows) };
};
