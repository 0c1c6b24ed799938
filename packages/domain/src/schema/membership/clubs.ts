import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CLUB_ROLES, CLUB_STATUSES } from "../../enums";
import { orgUnits } from "./org";
import { people } from "./people";

/** A club is an org unit of kind `club` (same id, code on the org unit) with the facts only clubs have. */
export const clubs = sqliteTable(
  "clubs",
  {
    id: text("id")
      .primaryKey()
      .references(() => orgUnits.id),
    foundedOn: text("founded_on").notNull(),
    status: text("status", { enum: CLUB_STATUSES }).notNull(),
    statusSince: text("status_since").notNull(),
  },
  (t) => [index("clubs_status_idx").on(t.status)],
);

export const clubStatusHistory = sqliteTable(
  "club_status_history",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    status: text("status", { enum: CLUB_STATUSES }).notNull(),
    effectiveFrom: text("effective_from").notNull(),
    reason: text("reason"),
  },
  (t) => [index("club_status_history_club_idx").on(t.clubId, t.effectiveFrom)],
);

/** Board seats (with terms) and volunteer duties a person holds in a club. */
export const clubRoles = sqliteTable(
  "club_roles",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role", { enum: CLUB_ROLES }).notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on"),
  },
  (t) => [
    index("club_roles_club_idx").on(t.clubId, t.role),
    uniqueIndex("club_roles_one_open_per_person_role")
      .on(t.clubId, t.personId, t.role)
      .where(sql`ends_on IS NULL`),
    check("club_roles_term", sql`ends_on IS NULL OR ends_on >= starts_on`),
  ],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    heldOn: text("held_on").notNull(),
    topic: text("topic").notNull(),
    notes: text("notes"),
  },
  (t) => [index("meetings_club_idx").on(t.clubId, t.heldOn)],
);

export const attendance = sqliteTable(
  "attendance",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    uniqueIndex("attendance_pk").on(t.meetingId, t.personId),
    index("attendance_person_idx").on(t.personId),
  ],
);

/** Blood pressure in mmHg and weight in grams, taken at a meeting the person attended. */
export const healthChecks = sqliteTable(
  "health_checks",
  {
    id: text("id").primaryKey(),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    systolic: integer("systolic"),
    diastolic: integer("diastolic"),
    weightGrams: integer("weight_grams"),
  },
  (t) => [
    uniqueIndex("health_checks_one_per_meeting").on(t.meetingId, t.personId),
    check("health_checks_some_measure", sql`systolic IS NOT NULL OR weight_grams IS NOT NULL`),
  ],
);

/** Joining and leaving a club; a person holds at most one open membership per club. */
export const memberships = sqliteTable(
  "memberships",
  {
    id: text("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    joinedOn: text("joined_on").notNull(),
    leftOn: text("left_on"),
    leaveReason: text("leave_reason"),
  },
  (t) => [
    uniqueIndex("memberships_one_active").on(t.personId, t.clubId).where(sql`left_on IS NULL`),
    index("memberships_club_idx").on(t.clubId, t.joinedOn),
    check("memberships_leave_after_join", sql`left_on IS NULL OR left_on >= joined_on`),
  ],
);
