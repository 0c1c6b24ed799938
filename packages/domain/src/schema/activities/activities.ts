import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ACTIVITY_AREAS, LABOUR_PURPOSES } from "../../activities/catalogue";
import {
  type CARE_SERVICES,
  COMMUNICATION_KINDS,
  COMMUNICATION_OUTLETS,
  type HOUSEHOLD_KINDS,
  ORGANISER_LEVELS,
} from "../../activities/vocabulary";
import { SEXES } from "../../enums";
import { clubs } from "../membership/clubs";
import { orgUnits } from "../membership/org";
import { people } from "../membership/people";

/**
 * People who benefited from what clubs do but are not (or not yet) members:
 * care recipients and beneficiary households.
 *
 * The people register (`people`) belongs to the membership service, and this
 * service may not write it. So a beneficiary is a record of this service's
 * own, registered by an org unit (a club or a commune association) and seen
 * under the same scope rule as a person: only inside the caller's subtree,
 * and its household kinds (poverty) never by viewers. When the beneficiary is
 * in the people register already (a member, or someone the club keeps a
 * record of), `person_id` links the two, and the name, sex and birth year are
 * taken from the register; counts of distinct people then count that person
 * once however they were named.
 */
export const beneficiaries = sqliteTable(
  "beneficiaries",
  {
    id: text("id").primaryKey(),
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    personId: text("person_id").references(() => people.id),
    fullName: text("full_name").notNull(),
    nameSearch: text("name_search").notNull(),
    sex: text("sex", { enum: SEXES }).notNull(),
    birthYear: integer("birth_year"),
    livesAlone: integer("lives_alone", { mode: "boolean" }).notNull(),
    householdKinds: text("household_kinds", { mode: "json" })
      .$type<(typeof HOUSEHOLD_KINDS)[number][]>()
      .notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("beneficiaries_org_unit_idx").on(t.orgUnitId),
    index("beneficiaries_name_search_idx").on(t.nameSearch),
    index("beneficiaries_person_idx").on(t.personId),
  ],
);

/**
 * One thing a club or an association level did, of one catalogue type.
 * `area` is the type's area, kept on the row so sums by area need no catalogue
 * join. Money and goods are whole đồng. Labour days are recorded per
 * participating member (activity_participants) in half days.
 */
export const activities = sqliteTable(
  "activities",
  {
    id: text("id").primaryKey(),
    organiserId: text("organiser_id")
      .notNull()
      .references(() => orgUnits.id),
    organiserLevel: text("organiser_level", { enum: ORGANISER_LEVELS }).notNull(),
    area: text("area", { enum: ACTIVITY_AREAS }).notNull(),
    typeCode: text("type_code").notNull(),
    catalogueVersion: integer("catalogue_version").notNull(),
    title: text("title"),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    place: text("place"),
    purpose: text("purpose", { enum: LABOUR_PURPOSES }),
    sessions: integer("sessions"),
    minutes: integer("minutes"),
    participantCount: integer("participant_count"),
    moneyVnd: integer("money_vnd"),
    goodsVnd: integer("goods_vnd"),
    peopleReached: integer("people_reached"),
    notes: text("notes"),
    createdAt: text("created_at").notNull(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("activities_organiser_idx").on(t.organiserId, t.startsOn),
    index("activities_starts_idx").on(t.startsOn, t.area),
    index("activities_type_idx").on(t.typeCode, t.startsOn),
    check("activities_dates", sql`ends_on >= starts_on`),
    check(
      "activities_measures_not_negative",
      sql`coalesce(sessions, 0) >= 0 AND coalesce(minutes, 0) >= 0 AND coalesce(participant_count, 0) >= 0
        AND coalesce(money_vnd, 0) >= 0 AND coalesce(goods_vnd, 0) >= 0 AND coalesce(people_reached, 0) >= 0`,
    ),
  ],
);

/** A member who took part, the club they were a member of on the day, and their labour days and time. */
export const activityParticipants = sqliteTable(
  "activity_participants",
  {
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    labourHalfDays: integer("labour_half_days"),
    minutes: integer("minutes"),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.personId] }),
    index("activity_participants_person_idx").on(t.personId),
    check(
      "activity_participants_measures",
      sql`coalesce(labour_half_days, 0) >= 0 AND coalesce(minutes, 0) >= 0`,
    ),
  ],
);

/**
 * Who benefited: a beneficiary record, a person of the register, or both (a
 * beneficiary linked to a person). Distinct people count `coalesce(person_id, beneficiary_id)`.
 */
export const activityBeneficiaries = sqliteTable(
  "activity_beneficiaries",
  {
    id: text("id").primaryKey(),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
    beneficiaryId: text("beneficiary_id").references(() => beneficiaries.id),
    personId: text("person_id").references(() => people.id),
  },
  (t) => [
    index("activity_beneficiaries_activity_idx").on(t.activityId),
    index("activity_beneficiaries_beneficiary_idx").on(t.beneficiaryId),
    index("activity_beneficiaries_person_idx").on(t.personId),
    check("activity_beneficiaries_someone", sql`beneficiary_id IS NOT NULL OR person_id IS NOT NULL`),
  ],
);

/** A home-care visit's own facts (the activity holds date and duration; the recipient is its beneficiary). */
export const homeCareVisits = sqliteTable(
  "home_care_visits",
  {
    activityId: text("activity_id")
      .primaryKey()
      .references(() => activities.id),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    visitorPersonId: text("visitor_person_id")
      .notNull()
      .references(() => people.id),
    services: text("services", { mode: "json" }).$type<(typeof CARE_SERVICES)[number][]>().notNull(),
  },
  (t) => [index("home_care_visits_visitor_idx").on(t.visitorPersonId)],
);

/** Each trainee place of a training course: a member with their club, or association staff by name and role. */
export const trainingTrainees = sqliteTable(
  "training_trainees",
  {
    id: text("id").primaryKey(),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
    personId: text("person_id").references(() => people.id),
    clubId: text("club_id").references(() => clubs.id),
    staffName: text("staff_name"),
    staffRole: text("staff_role"),
  },
  (t) => [
    index("training_trainees_activity_idx").on(t.activityId),
    check(
      "training_trainees_who",
      sql`(person_id IS NOT NULL AND club_id IS NOT NULL AND staff_name IS NULL)
        OR (person_id IS NULL AND club_id IS NULL AND staff_name IS NOT NULL)`,
    ),
  ],
);

/** A news item, article or report, where it appeared. */
export const communications = sqliteTable("communications", {
  activityId: text("activity_id")
    .primaryKey()
    .references(() => activities.id),
  kind: text("kind", { enum: COMMUNICATION_KINDS }).notNull(),
  outlet: text("outlet", { enum: COMMUNICATION_OUTLETS }).notNull(),
  outletName: text("outlet_name"),
});
