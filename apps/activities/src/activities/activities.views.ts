import { halfDaysToDays } from "@ishc/domain";
import type { ActivityView } from "@ishc/domain/contracts";
import { activities, activityBeneficiaries, activityParticipants } from "@ishc/domain/schema";
import { getTableColumns, sql } from "drizzle-orm";

type ActivityRow = typeof activities.$inferSelect;

const outerId = sql.raw('"activities"."id"');

/** The list columns: the activity and its participant and beneficiary counts and labour half days. */
export const activityListColumns = {
  ...getTableColumns(activities),
  labourHalfDays:
    sql<number>`(SELECT coalesce(sum(p.labour_half_days), 0) FROM ${activityParticipants} p WHERE p.activity_id = ${outerId})`.mapWith(
      Number,
    ),
  participantsListed:
    sql<number>`(SELECT count(*) FROM ${activityParticipants} p WHERE p.activity_id = ${outerId})`.mapWith(
      Number,
    ),
  beneficiariesListed:
    sql<number>`(SELECT count(*) FROM ${activityBeneficiaries} b WHERE b.activity_id = ${outerId})`.mapWith(
      Number,
    ),
};

export function activityView(
  row: Omit<ActivityRow, "createdAt" | "createdBy"> & Partial<ActivityRow>,
  counts: { labourHalfDays: number; participantsListed: number; beneficiariesListed: number },
): ActivityView {
  return {
    id: row.id,
    organiserId: row.organiserId,
    organiserLevel: row.organiserLevel,
    area: row.area,
    typeCode: row.typeCode,
    catalogueVersion: row.catalogueVersion,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: row.place,
    purpose: row.purpose,
    sessions: row.sessions,
    hours: row.minutes === null ? null : row.minutes / 60,
    participantCount: row.participantCount,
    moneyVnd: row.moneyVnd,
    goodsVnd: row.goodsVnd,
    peopleReached: row.peopleReached,
    labourDays: halfDaysToDays(counts.labourHalfDays),
    participants: counts.participantsListed,
    beneficiaries: counts.beneficiariesListed,
    notes: row.notes,
  };
}
