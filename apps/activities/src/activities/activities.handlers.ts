import {
  activityMeasureProblems,
  activityType,
  activityTypeProblem,
  halfDaysToDays,
  newId,
  participantCountProblem,
  toHalfDays,
  toMinutes,
  typeRetiredOn,
} from "@ishc/domain";
import type { FieldError } from "@ishc/domain/contracts";
import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  beneficiaries,
  communications,
  homeCareVisits,
  orgUnits,
  people,
  trainingTrainees,
} from "@ishc/domain/schema";
import {
  decodeCursor,
  type HandlerContext,
  inScope,
  invalid,
  invalidField,
  type RouteHandler,
  requireWriter,
  ruleError,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { activityById, orgUnitById } from "@ishc/queries";
import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import {
  activityRow,
  assertPeopleVisible,
  checkOrganiser,
  clubsOfParticipants,
  commitGuarded,
  expectRows,
  insertMembersGuarded,
  memberCountOn,
  membershipsOn,
  organiserById,
  peopleByIds,
  type Statement,
} from "../recording";
import type * as routes from "./activities.routes";
import { activityListColumns, activityView } from "./activities.views";

type BeneficiaryRef = { beneficiaryId: string } | { personId: string };

/** Beneficiaries by id with the path of the unit that registered them. */
export const beneficiariesByIds = (ctx: HandlerContext, ids: readonly string[]) =>
  ctx.db
    .select({ id: beneficiaries.id, personId: beneficiaries.personId, path: orgUnits.path })
    .from(beneficiaries)
    .innerJoin(orgUnits, eq(orgUnits.id, beneficiaries.orgUnitId))
    .where(inArray(beneficiaries.id, ids.length > 0 ? [...ids] : ["\u0000"]));

/**
 * The rows of who benefited, each visible to the caller (404 otherwise); a
 * beneficiary linked to a person carries the person too, so distinct people count them once.
 */
export function beneficiaryRows(
  ctx: HandlerContext,
  activityId: string,
  refs: readonly BeneficiaryRef[],
  found: {
    beneficiaries: readonly { id: string; personId: string | null; path: string }[];
    people: readonly { id: string; path: string }[];
  },
) {
  const byBeneficiary = new Map(found.beneficiaries.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const rows = refs.flatMap((ref, i) => {
    let row: { beneficiaryId: string | null; personId: string | null };
    if ("beneficiaryId" in ref) {
      const b = byBeneficiary.get(ref.beneficiaryId);
      inScope(ctx.user, b ? [b] : [], "beneficiary");
      row = { beneficiaryId: b!.id, personId: b!.personId };
    } else {
      assertPeopleVisible(ctx, found.people, [ref.personId]);
      row = { beneficiaryId: null, personId: ref.personId };
    }
    const key = row.personId ?? row.beneficiaryId!;
    if (seen.has(key)) {
      errors.push(ruleError(`beneficiaries.${i}`, "names someone already listed", "listed_twice"));
      return [];
    }
    seen.add(key);
    return [{ id: newId("activityBeneficiary"), activityId, ...row }];
  });
  return { rows, errors };
}

/** 422 for a type that cannot be used for this activity; `problem` says why in English. */
function refuseType(code: string, on: string, problem: string) {
  const type = activityType(code);
  if (!type) return invalidField("typeCode", problem, "unknown_activity_type");
  if (typeRetiredOn(type, on))
    return invalidField("typeCode", problem, "activity_type_retired", { date: type.retired!.from });
  return invalidField("typeCode", problem, "activity_type_elsewhere");
}

export const createActivity: RouteHandler<typeof routes.createActivity> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record activities");
  const on = body.startsOn;
  const participantIds = body.participants.map((p) => p.personId);
  const beneficiaryIds = body.beneficiaries.flatMap((b) => ("beneficiaryId" in b ? [b.beneficiaryId] : []));
  const personIds = [
    ...participantIds,
    ...body.beneficiaries.flatMap((b) => ("personId" in b ? [b.personId] : [])),
  ];
  const [organiserRows, personRows, openMemberships, beneficiaryFound, memberCount] = await ctx.read(
    organiserById(db, params.id),
    peopleByIds(db, personIds),
    membershipsOn(db, participantIds, on),
    beneficiariesByIds(ctx, beneficiaryIds),
    memberCountOn(db, params.id, on),
  );
  const organiser = checkOrganiser(ctx, organiserRows, on);
  assertPeopleVisible(ctx, personRows, participantIds);
  const activityId = newId("activity");
  const named = beneficiaryRows(ctx, activityId, body.beneficiaries, {
    beneficiaries: beneficiaryFound,
    people: personRows,
  });

  const typeProblem = activityTypeProblem(body.typeCode, on);
  if (typeProblem) throw refuseType(body.typeCode, on, typeProblem);
  const type = activityType(body.typeCode)!;
  const { errors } = clubsOfParticipants(body.participants, openMemberships, organiser.path, on);
  const endsOn = body.endsOn ?? on;
  const problems: FieldError[] = [
    ...errors,
    ...named.errors,
    ...activityMeasureProblems(type, { ...body, endsOn }),
  ];
  if (organiser.level === "club") {
    const members = memberCount[0]?.n ?? 0;
    const tooMany = participantCountProblem(body.participantCount, members);
    if (tooMany) problems.push(ruleError(tooMany.field, tooMany.message, "more_than_members", { members }));
  }
  if (problems.length > 0) throw invalid(problems);

  const participantRows = body.participants.map((p) => ({
    personId: p.personId,
    labourHalfDays: p.labourDays == null ? null : toHalfDays(p.labourDays),
    minutes: p.hours == null ? null : toMinutes(p.hours),
  }));
  const row = activityRow(ctx, organiser, {
    id: activityId,
    area: type.area,
    typeCode: type.code,
    startsOn: on,
    endsOn,
    title: body.title,
    place: body.place,
    purpose: body.purpose,
    sessions: body.sessions,
    minutes: body.hours == null ? null : toMinutes(body.hours),
    participantCount: body.participantCount,
    moneyVnd: body.moneyVnd,
    goodsVnd: body.goodsVnd,
    peopleReached: body.peopleReached,
    notes: body.notes,
  });
  const statements: Statement[] = [
    db.insert(activities).values(row),
    ...insertMembersGuarded(db, activityId, organiser.path, on, participantRows),
    ...(participantRows.length > 0
      ? [expectRows(db, activityParticipants, activityId, participantRows.length)]
      : []),
    ...(named.rows.length > 0 ? [db.insert(activityBeneficiaries).values(named.rows)] : []),
    ctx.audit({
      action: "create",
      entity: "activity",
      entityId: activityId,
      orgUnitId: organiser.id,
      detail: { typeCode: type.code, participants: participantRows.length, beneficiaries: named.rows.length },
    }),
  ];
  const labourHalfDays = participantRows.reduce((n, p) => n + (p.labourHalfDays ?? 0), 0);
  return commitGuarded(
    ctx,
    statements,
    activityView(row as typeof activities.$inferSelect, {
      labourHalfDays,
      participantsListed: participantRows.length,
      beneficiariesListed: named.rows.length,
    }),
    "A participant's membership",
  );
};

export const listActivities: RouteHandler<typeof routes.listActivities> = async (
  { user, db, read },
  { params, query },
) => {
  const before = decodeCursor(query.cursor);
  const [unitRows, rows] = await read(
    orgUnitById(db, params.id),
    db
      .select(activityListColumns)
      .from(activities)
      .innerJoin(orgUnits, eq(orgUnits.id, activities.organiserId))
      .where(
        and(
          withinSubtree(orgUnits.path, { org: params.id }),
          before ? lt(activities.id, before) : undefined,
          query.from ? gte(activities.startsOn, query.from) : undefined,
          query.to ? lte(activities.startsOn, query.to) : undefined,
          query.area ? eq(activities.area, query.area) : undefined,
          query.typeCode ? eq(activities.typeCode, query.typeCode) : undefined,
        ),
      )
      .orderBy(desc(activities.id))
      .limit(query.limit + 1),
  );
  inScope(user, unitRows, "org unit");
  const page = toPage(rows, query.limit);
  return { ...page, items: page.items.map((row) => activityView(row, row)) };
};

export const getActivity: RouteHandler<typeof routes.getActivity> = async (
  { user, db, read },
  { params },
) => {
  requireWriter(user, "see who took part by name; viewers see counts in the activity list and summary");
  const [activityRows, participantRows, beneficiaryList, visitRows, traineeRows, communicationRows] =
    await read(
      activityById(db, params.id),
      db
        .select({
          personId: activityParticipants.personId,
          fullName: people.fullName,
          clubId: activityParticipants.clubId,
          labourHalfDays: activityParticipants.labourHalfDays,
          minutes: activityParticipants.minutes,
        })
        .from(activityParticipants)
        .innerJoin(people, eq(people.id, activityParticipants.personId))
        .where(eq(activityParticipants.activityId, params.id))
        .orderBy(asc(people.nameSearch)),
      db
        .select({
          beneficiaryId: activityBeneficiaries.beneficiaryId,
          personId: activityBeneficiaries.personId,
          fullName: sql<string>`coalesce(${people.fullName}, ${beneficiaries.fullName})`,
        })
        .from(activityBeneficiaries)
        .leftJoin(people, eq(people.id, activityBeneficiaries.personId))
        .leftJoin(beneficiaries, eq(beneficiaries.id, activityBeneficiaries.beneficiaryId))
        .where(eq(activityBeneficiaries.activityId, params.id))
        .orderBy(asc(activityBeneficiaries.id)),
      db.select().from(homeCareVisits).where(eq(homeCareVisits.activityId, params.id)),
      db
        .select({
          personId: trainingTrainees.personId,
          clubId: trainingTrainees.clubId,
          staffName: trainingTrainees.staffName,
          staffRole: trainingTrainees.staffRole,
          fullName: sql<string>`coalesce(${people.fullName}, ${trainingTrainees.staffName})`,
        })
        .from(trainingTrainees)
        .leftJoin(people, eq(people.id, trainingTrainees.personId))
        .where(eq(trainingTrainees.activityId, params.id))
        .orderBy(asc(trainingTrainees.id)),
      db.select().from(communications).where(eq(communications.activityId, params.id)),
    );
  const activity = inScope(user, activityRows, "activity");
  const labourHalfDays = participantRows.reduce((n, p) => n + (p.labourHalfDays ?? 0), 0);
  const [visit] = visitRows;
  const [communication] = communicationRows;
  return {
    ...activityView(activity, {
      labourHalfDays,
      participantsListed: participantRows.length,
      beneficiariesListed: beneficiaryList.length,
    }),
    participantList: participantRows.map((p) => ({
      personId: p.personId,
      fullName: p.fullName,
      clubId: p.clubId,
      labourDays: p.labourHalfDays === null ? null : halfDaysToDays(p.labourHalfDays),
      hours: p.minutes === null ? null : p.minutes / 60,
    })),
    beneficiaryList,
    homeCare: visit
      ? { clubId: visit.clubId, visitorId: visit.visitorPersonId, services: visit.services }
      : null,
    trainees: activity.typeCode === "training_course" ? traineeRows : null,
    communication: communication
      ? { kind: communication.kind, outlet: communication.outlet, outletName: communication.outletName }
      : null,
  };
};
