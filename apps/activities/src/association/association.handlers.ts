import { activityType, newId, subtreeUpperBound } from "@ishc/domain";
import type { FieldError } from "@ishc/domain/contracts";
import { activities, communications, orgUnits, trainingTrainees } from "@ishc/domain/schema";
import { inScope, invalid, invalidField, type RouteHandler, requireWriter, ruleError } from "@ishc/edge-kit";
import { inArray } from "drizzle-orm";
import { activityView } from "../activities/activities.views";
import {
  activityRow,
  assertPeopleVisible,
  checkOrganiser,
  commitGuarded,
  expectRows,
  insertTraineesGuarded,
  membershipsOn,
  organiserById,
  peopleByIds,
  type Statement,
} from "../recording";
import type * as routes from "./association.routes";

const noCounts = { labourHalfDays: 0, participantsListed: 0, beneficiariesListed: 0 };

export const createTraining: RouteHandler<typeof routes.createTraining> = async (ctx, { params, body }) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record training courses");
  const on = body.startsOn;
  const members = body.trainees.flatMap((t, i) => ("personId" in t ? [{ ...t, i }] : []));
  const clubIds = [...new Set(members.map((m) => m.clubId))];
  const [organiserRows, personRows, clubRows, open] = await ctx.read(
    organiserById(db, params.id),
    peopleByIds(
      db,
      members.map((m) => m.personId),
    ),
    db
      .select({ id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind })
      .from(orgUnits)
      .where(inArray(orgUnits.id, clubIds.length > 0 ? clubIds : ["\u0000"])),
    membershipsOn(
      db,
      members.map((m) => m.personId),
      on,
    ),
  );
  const organiser = checkOrganiser(ctx, organiserRows, on);
  assertPeopleVisible(
    ctx,
    personRows,
    members.map((m) => m.personId),
  );
  const clubs = new Map(clubRows.filter((c) => c.kind === "club").map((c) => [c.id, c]));
  for (const id of clubIds) inScope(ctx.user, clubs.has(id) ? [clubs.get(id)!] : [], "club");
  if (organiser.level === "club") {
    throw invalidField(
      "organiser",
      "a training course is run by a commune or province association, not a club",
      "training_by_association",
    );
  }
  const upper = subtreeUpperBound(organiser.path);
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const club = clubs.get(m.clubId)!;
    if (club.path < organiser.path || club.path >= upper) {
      problems.push(
        ruleError(`trainees.${m.i}.clubId`, "is not a club under the organiser", "not_under_organiser"),
      );
    } else if (!open.some((o) => o.personId === m.personId && o.clubId === m.clubId)) {
      problems.push(
        ruleError(`trainees.${m.i}.personId`, `was not a member of that club on ${on}`, "not_active_member", {
          date: on,
        }),
      );
    }
    if (seen.has(m.personId))
      problems.push(ruleError(`trainees.${m.i}.personId`, "is listed twice", "listed_twice"));
    seen.add(m.personId);
  }
  if (problems.length > 0) throw invalid(problems);

  const activityId = newId("activity");
  const type = activityType("training_course")!;
  const row = activityRow(ctx, organiser, {
    id: activityId,
    area: type.area,
    typeCode: type.code,
    title: body.title,
    startsOn: on,
    endsOn: body.endsOn,
    place: body.place,
    participantCount: body.traineePlaces,
  });
  const memberRows = members.map((m) => ({ id: newId("trainee"), personId: m.personId, clubId: m.clubId }));
  const staffRows = body.trainees.flatMap((t) =>
    "staffName" in t
      ? [
          {
            id: newId("trainee"),
            activityId,
            personId: null,
            clubId: null,
            staffName: t.staffName,
            staffRole: t.staffRole,
          },
        ]
      : [],
  );
  const statements: Statement[] = [
    db.insert(activities).values(row),
    ...insertTraineesGuarded(db, activityId, on, memberRows),
    ...(staffRows.length > 0 ? [db.insert(trainingTrainees).values(staffRows)] : []),
    ...(body.trainees.length > 0 ? [expectRows(db, trainingTrainees, activityId, body.trainees.length)] : []),
    ctx.audit({
      action: "create",
      entity: "training_course",
      entityId: activityId,
      orgUnitId: organiser.id,
      detail: { traineePlaces: body.traineePlaces, named: body.trainees.length },
    }),
  ];
  return commitGuarded(
    ctx,
    statements,
    activityView(row as typeof activities.$inferSelect, noCounts),
    "A trainee's membership",
  );
};

export const createCommunication: RouteHandler<typeof routes.createCommunication> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record communications");
  const [organiserRows] = await ctx.read(organiserById(db, params.id));
  const organiser = checkOrganiser(ctx, organiserRows, body.publishedOn);
  const activityId = newId("activity");
  const type = activityType("communication")!;
  const row = activityRow(ctx, organiser, {
    id: activityId,
    area: type.area,
    typeCode: type.code,
    title: body.title,
    startsOn: body.publishedOn,
  });
  return ctx.commit(
    [
      db.insert(activities).values(row),
      db.insert(communications).values({
        activityId,
        kind: body.kind,
        outlet: body.outlet,
        outletName: body.outletName ?? null,
      }),
      ctx.audit({ action: "create", entity: "communication", entityId: activityId, orgUnitId: organiser.id }),
    ],
    activityView(row as typeof activities.$inferSelect, noCounts),
  );
};
