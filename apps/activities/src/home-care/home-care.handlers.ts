import { activityType, newId, toMinutes } from "@ishc/domain";
import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  clubRoles,
  homeCareVisits,
} from "@ishc/domain/schema";
import { invalid, type RouteHandler, requireWriter, ruleError } from "@ishc/edge-kit";
import { clubRoleHeldOn } from "@ishc/queries";
import { and, eq } from "drizzle-orm";
import { beneficiariesByIds, beneficiaryRows } from "../activities/activities.handlers";
import { activityView } from "../activities/activities.views";
import {
  activityRow,
  assertPeopleVisible,
  checkOrganiser,
  commitGuarded,
  expectRows,
  insertVolunteerGuarded,
  organiserById,
  peopleByIds,
} from "../recording";
import type * as routes from "./home-care.routes";

export const createHomeCareVisit: RouteHandler<typeof routes.createHomeCareVisit> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireWriter(ctx.user, "record home-care visits");
  const on = body.visitedOn;
  const recipient = body.recipient;
  const [clubRows, personRows, roleRows, beneficiaryFound] = await ctx.read(
    organiserById(db, params.id),
    peopleByIds(db, ["personId" in recipient ? recipient.personId : "\u0000", body.visitorId]),
    db
      .select({ id: clubRoles.id })
      .from(clubRoles)
      .where(
        and(
          eq(clubRoles.clubId, params.id),
          eq(clubRoles.personId, body.visitorId),
          eq(clubRoles.role, "home_care_volunteer"),
          clubRoleHeldOn(on),
        ),
      )
      .limit(1),
    beneficiariesByIds(ctx, "beneficiaryId" in recipient ? [recipient.beneficiaryId] : []),
  );
  const club = checkOrganiser(
    ctx,
    clubRows.filter((c) => c.kind === "club"),
    on,
  );
  assertPeopleVisible(ctx, personRows, [body.visitorId]);
  const activityId = newId("activity");
  const named = beneficiaryRows(ctx, activityId, [recipient], {
    beneficiaries: beneficiaryFound,
    people: personRows,
  });
  const problems = [];
  if (roleRows.length === 0) {
    problems.push(
      ruleError(
        "visitorId",
        `did not hold the club's home-care volunteer role on ${on}`,
        "not_home_care_volunteer",
        {
          date: on,
        },
      ),
    );
  }
  if ("personId" in recipient && recipient.personId === body.visitorId) {
    problems.push(ruleError("recipient.personId", "is the visitor", "visitor_is_recipient"));
  }
  if (problems.length > 0) throw invalid(problems);
  const type = activityType("home_care_visit")!;
  const minutes = toMinutes(body.hours) ?? Math.round(body.hours * 60);
  const row = activityRow(ctx, club, {
    id: activityId,
    area: type.area,
    typeCode: type.code,
    startsOn: on,
    minutes,
    notes: body.notes,
  });
  return commitGuarded(
    ctx,
    [
      db.insert(activities).values(row),
      insertVolunteerGuarded(db, activityId, club.id, body.visitorId, on, minutes),
      expectRows(db, activityParticipants, activityId, 1),
      db.insert(activityBeneficiaries).values(named.rows),
      db.insert(homeCareVisits).values({
        activityId,
        clubId: club.id,
        visitorPersonId: body.visitorId,
        services: body.services,
      }),
      ctx.audit({
        action: "create",
        entity: "home_care_visit",
        entityId: activityId,
        orgUnitId: club.id,
        detail: { services: body.services },
      }),
    ],
    activityView(row as typeof activities.$inferSelect, {
      labourHalfDays: 0,
      participantsListed: 1,
      beneficiariesListed: 1,
    }),
    "The visitor's volunteer role",
  );
};
