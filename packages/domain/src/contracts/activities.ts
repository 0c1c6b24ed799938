import * as z from "zod";
import {
  ACTIVITY_AREAS,
  ACTIVITY_MEASURES,
  ACTIVITY_TYPE_CODES,
  CATALOGUE_VERSION,
  LABOUR_PURPOSES,
} from "../activities/catalogue";
import {
  CARE_SERVICES,
  COMMUNICATION_KINDS,
  COMMUNICATION_OUTLETS,
  HOUSEHOLD_KINDS,
  ORGANISER_LEVELS,
} from "../activities/vocabulary";
import { factDate, idOf, isoDate, optionalText, pageQuery, requiredText, smallCellCount } from "./common";
import { sex } from "./people";

export const activityArea = z.enum(ACTIVITY_AREAS);
export const activityTypeCode = z.enum(ACTIVITY_TYPE_CODES);
export const labourPurpose = z.enum(LABOUR_PURPOSES);
export const householdKind = z.enum(HOUSEHOLD_KINDS);
export const careService = z.enum(CARE_SERVICES);
export const communicationKind = z.enum(COMMUNICATION_KINDS);
export const communicationOutlet = z.enum(COMMUNICATION_OUTLETS);
export const organiserLevel = z.enum(ORGANISER_LEVELS);

const count = (max: number) => z.number().int().min(0).max(max);
/** Whole đồng, up to a thousand billion. */
const dong = z.number().int().min(0).max(1_000_000_000_000).meta({ description: "Whole đồng" });
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

// ---- the catalogue ----

export const catalogueView = z
  .object({
    version: z.number().int(),
    versions: z.array(z.object({ version: z.number().int(), from: isoDate, note: z.string() })),
    areas: z.array(
      z.object({ code: activityArea, number: z.number().int(), vi: z.string(), en: z.string() }),
    ),
    types: z.array(
      z.object({
        code: z.string(),
        area: activityArea,
        vi: z.string(),
        en: z.string(),
        recordedAs: z.enum(["activity", "home_care_visit", "training", "communication"]),
        measures: z.array(z.enum(ACTIVITY_MEASURES)),
        required: z.array(z.enum(ACTIVITY_MEASURES)),
        oneOf: z.array(z.enum(ACTIVITY_MEASURES)).nullable(),
        purposes: z.array(labourPurpose).nullable(),
        since: z.number().int(),
        retired: z.object({ from: isoDate, inVersion: z.number().int() }).nullable(),
      }),
    ),
    purposes: z.array(z.object({ code: labourPurpose, vi: z.string(), en: z.string() })),
  })
  .meta({ id: "ActivityCatalogue" });
export { CATALOGUE_VERSION };

// ---- people who are not members ----

const thisYear = () => new Date().getUTCFullYear();

export const createBeneficiaryRequest = z
  .strictObject({
    id: idOf("beneficiary").optional().meta({
      description:
        "An id the device made (a ben_ ULID), so writes queued offline after this one can name the beneficiary",
    }),
    personId: idOf("person").nullish().meta({
      description: "The person in the register, when there is one (a member, or someone a club keeps)",
    }),
    fullName: requiredText(120).optional().meta({ example: "Hoàng Thị Nhung" }),
    sex: sex.optional(),
    birthYear: z
      .number()
      .int()
      .min(1900)
      .refine((year) => year <= thisYear(), {
        message: "must not be in the future",
        params: { rule: "in_future" },
      })
      .nullish(),
    livesAlone: z.boolean().default(false),
    householdKinds: z
      .array(householdKind)
      .max(HOUSEHOLD_KINDS.length)
      .refine(unique, { message: "must not repeat a kind" })
      .default([]),
  })
  .superRefine((b, ctx) => {
    if (b.personId) return;
    if (!b.fullName)
      ctx.addIssue({ code: "custom", path: ["fullName"], message: "is required without a personId" });
    if (!b.sex) ctx.addIssue({ code: "custom", path: ["sex"], message: "is required without a personId" });
  })
  .meta({ id: "CreateBeneficiaryRequest" });

export const beneficiaryView = z
  .object({
    id: z.string(),
    orgUnitId: z.string(),
    personId: z.string().nullable(),
    fullName: z.string(),
    sex,
    birthYear: z.number().int().nullable(),
    livesAlone: z.boolean(),
    householdKinds: z.array(householdKind),
    createdAt: z.string(),
  })
  .meta({ id: "Beneficiary" });

export const beneficiaryListQuery = pageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .meta({ description: "Part of a name, with or without diacritics" }),
});

/** Someone who benefited: a beneficiary record, or a person of the register. */
export const beneficiaryRef = z.union([
  z.strictObject({ beneficiaryId: idOf("beneficiary") }),
  z.strictObject({ personId: idOf("person") }),
]);

// ---- activities ----

const participantInput = z.strictObject({
  personId: idOf("person"),
  labourDays: z
    .number()
    .positive()
    .max(366)
    .optional()
    .meta({ description: "Days this member worked, in half days (0.5, 1, 1.5 …)" }),
  hours: z
    .number()
    .min(0)
    .max(24 * 366)
    .optional(),
});

const datesInOrder = (
  value: { startsOn: string; endsOn?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "must not be before startsOn" });
  }
};

export const createActivityRequest = z
  .strictObject({
    typeCode: activityTypeCode,
    title: optionalText(300),
    startsOn: factDate,
    endsOn: factDate.nullish().meta({ description: "The last day, for an activity over several days" }),
    place: optionalText(300),
    purpose: labourPurpose
      .nullish()
      .meta({ description: "Why labour days were given (labour-day support only)" }),
    sessions: count(10_000).nullish(),
    hours: z
      .number()
      .min(0)
      .max(24 * 366)
      .nullish(),
    participantCount: count(100_000).nullish().meta({
      description: "Everyone who took part, listed or not (at least the members listed in participants)",
    }),
    moneyVnd: dong.nullish(),
    goodsVnd: dong.nullish().meta({ description: "The value of goods given, in whole đồng" }),
    peopleReached: count(1_000_000).nullish(),
    participants: z
      .array(participantInput)
      .max(200)
      .refine((list) => unique(list.map((p) => p.personId)), { message: "must not list a person twice" })
      .default([]),
    beneficiaries: z.array(beneficiaryRef).max(200).default([]),
    notes: optionalText(2000, { multiline: true }),
  })
  .superRefine(datesInOrder)
  .meta({ id: "CreateActivityRequest" });
export type CreateActivityRequest = z.output<typeof createActivityRequest>;

export const createHomeCareVisitRequest = z
  .strictObject({
    visitorId: idOf("person").meta({
      description: "A member holding the home-care volunteer role on the day",
    }),
    recipient: beneficiaryRef,
    visitedOn: factDate,
    hours: z.number().positive().max(24),
    services: z
      .array(careService)
      .min(1)
      .max(CARE_SERVICES.length)
      .refine(unique, { message: "must not repeat a service" }),
    notes: optionalText(2000, { multiline: true }),
  })
  .meta({ id: "CreateHomeCareVisitRequest" });

const traineeInput = z.union([
  z.strictObject({ personId: idOf("person"), clubId: idOf("orgUnit") }),
  z.strictObject({ staffName: requiredText(120), staffRole: requiredText(120) }),
]);

export const createTrainingRequest = z
  .strictObject({
    title: requiredText(300),
    startsOn: factDate,
    endsOn: factDate.nullish(),
    place: optionalText(300),
    traineePlaces: count(100_000).meta({
      description: "Trainee places in all, at least the trainees listed",
    }),
    trainees: z.array(traineeInput).max(200).default([]),
  })
  .superRefine(datesInOrder)
  .superRefine((t, ctx) => {
    if (t.traineePlaces < t.trainees.length) {
      ctx.addIssue({
        code: "custom",
        path: ["traineePlaces"],
        message: `must be at least the ${t.trainees.length} trainee(s) listed`,
      });
    }
  })
  .meta({ id: "CreateTrainingRequest" });

export const createCommunicationRequest = z
  .strictObject({
    kind: communicationKind,
    outlet: communicationOutlet,
    outletName: optionalText(200).meta({ example: "Báo Lạng Sơn" }),
    publishedOn: factDate,
    title: requiredText(300),
  })
  .meta({ id: "CreateCommunicationRequest" });

const measuresView = {
  sessions: z.number().int().nullable(),
  hours: z.number().nullable(),
  participantCount: z.number().int().nullable(),
  moneyVnd: z.number().int().nullable(),
  goodsVnd: z.number().int().nullable(),
  peopleReached: z.number().int().nullable(),
};

export const activityView = z
  .object({
    id: z.string(),
    organiserId: z.string(),
    organiserLevel,
    area: activityArea,
    typeCode: z.string(),
    catalogueVersion: z.number().int(),
    title: z.string().nullable(),
    startsOn: isoDate,
    endsOn: isoDate,
    place: z.string().nullable(),
    purpose: labourPurpose.nullable(),
    ...measuresView,
    labourDays: z.number().meta({ description: "The participants' labour days added up" }),
    participants: z.number().int().meta({ description: "Members listed as taking part" }),
    beneficiaries: z.number().int(),
    notes: z.string().nullable(),
  })
  .meta({ id: "Activity" });
export type ActivityView = z.infer<typeof activityView>;

export const activityDetailView = activityView
  .extend({
    participantList: z.array(
      z.object({
        personId: z.string(),
        fullName: z.string(),
        clubId: z.string(),
        labourDays: z.number().nullable(),
        hours: z.number().nullable(),
      }),
    ),
    beneficiaryList: z.array(
      z.object({
        beneficiaryId: z.string().nullable(),
        personId: z.string().nullable(),
        fullName: z.string(),
      }),
    ),
    homeCare: z
      .object({ clubId: z.string(), visitorId: z.string(), services: z.array(careService) })
      .nullable(),
    trainees: z
      .array(
        z.object({
          personId: z.string().nullable(),
          clubId: z.string().nullable(),
          staffName: z.string().nullable(),
          staffRole: z.string().nullable(),
          fullName: z.string(),
        }),
      )
      .nullable(),
    communication: z
      .object({ kind: communicationKind, outlet: communicationOutlet, outletName: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: "ActivityDetail" });

export const activityListQuery = pageQuery
  .extend({
    from: isoDate.optional().meta({ description: "Only activities starting on or after this date" }),
    to: isoDate.optional().meta({ description: "Only activities starting on or before this date" }),
    area: activityArea.optional(),
    typeCode: activityTypeCode.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to >= q.from, {
    path: ["to"],
    message: "must not be before from",
  });

// ---- what reports read ----

export const activitySummaryQuery = z
  .object({
    from: isoDate.optional().meta({
      description:
        "First day of the period (activities count by their start); 1 January of `to`'s year if left out",
    }),
    to: isoDate.optional().meta({ description: "Last day of the period; today in Vietnam if left out" }),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, { path: ["to"], message: "must not be before from" });

const totalsView = {
  activities: z.number().int(),
  sessions: z.number().int(),
  participantPlaces: z
    .number()
    .int()
    .meta({ description: "Participant counts added up (a person once per activity)" }),
  labourDays: z.number(),
  hours: z.number(),
  moneyVnd: z.number().int(),
  goodsVnd: z.number().int(),
  peopleReached: z.number().int(),
};

export const activitySummaryView = z
  .object({
    orgUnitId: z.string(),
    from: isoDate,
    to: isoDate,
    treeAsOf: z.literal("activity-date").meta({
      description: "Each activity counts in the subtree its organiser stood in on the activity's start date",
    }),
    total: z.object(totalsView),
    byArea: z.array(z.object({ area: activityArea, number: z.number().int(), ...totalsView })),
    byType: z.array(z.object({ typeCode: z.string(), area: activityArea, ...totalsView })),
    byPurpose: z.array(
      z.object({ purpose: labourPurpose, activities: z.number().int(), labourDays: z.number() }),
    ),
    byOrganiser: z.array(z.object({ organiserId: z.string(), organiserLevel, ...totalsView })),
    homeCare: z.object({
      visits: z.number().int(),
      distinctPeopleVisited: smallCellCount,
      hours: z.number(),
    }),
    trainings: z.object({
      courses: z.number().int(),
      traineePlaces: z.number().int(),
      namedTrainees: z.number().int(),
    }),
    communications: z.array(z.object({ kind: communicationKind, count: z.number().int() })),
  })
  .meta({ id: "ActivitySummary" });
export type ActivitySummaryView = z.infer<typeof activitySummaryView>;
