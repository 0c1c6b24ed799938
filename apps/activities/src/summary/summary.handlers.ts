import {
  byEveryArea,
  halfDaysToDays,
  publishCount,
  publishTotals,
  sumTotals,
  totalsOf,
  vietnamDate,
} from "@ishc/domain";
import { inScope, invalidField, type RouteHandler } from "@ishc/edge-kit";
import { activitySummaryQueries, orgUnitById } from "@ishc/queries";
import type * as routes from "./summary.routes";

export const getActivitySummary: RouteHandler<typeof routes.getActivitySummary> = async (
  { user, db, read },
  { params, query },
) => {
  const to = query.to ?? vietnamDate();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (to < from)
    throw invalidField("query.to", "must not be before from (today, when left out)", "range_inverted", {
      from,
      to,
    });
  const scope = { rootId: params.id, from, to };
  const [unitRows, byArea, byType, byPurpose, byOrganiser, [homeCare], [trainings], communications] =
    await read(orgUnitById(db, params.id), ...activitySummaryQueries(db, scope));
  inScope(user, unitRows, "org unit");
  return {
    orgUnitId: params.id,
    from,
    to,
    treeAsOf: "activity-date" as const,
    total: publishTotals(sumTotals(byArea.map(totalsOf))),
    byArea: byEveryArea(byArea),
    byType: byType.map(({ typeCode, area, ...totals }) => ({
      typeCode,
      area,
      ...publishTotals(totalsOf(totals)),
    })),
    byPurpose: byPurpose.map((row) => ({
      purpose: row.purpose as "storm",
      activities: row.activities,
      labourDays: halfDaysToDays(row.labourHalfDays),
    })),
    byOrganiser: byOrganiser.map(({ organiserId, organiserLevel, ...totals }) => ({
      organiserId,
      organiserLevel,
      ...publishTotals(totalsOf(totals)),
    })),
    homeCare: {
      visits: homeCare?.visits ?? 0,
      // The people cared for at home are a health group: viewers see fewer than 5 as "<5".
      distinctPeopleVisited:
        user.role === "viewer"
          ? publishCount(homeCare?.distinctPeopleVisited ?? 0)
          : (homeCare?.distinctPeopleVisited ?? 0),
      hours: (homeCare?.minutes ?? 0) / 60,
    },
    trainings: {
      courses: trainings?.courses ?? 0,
      traineePlaces: trainings?.traineePlaces ?? 0,
      namedTrainees: trainings?.namedTrainees ?? 0,
    },
    communications,
  };
};
