import * as z from "zod";
import { BOARD_ROLES, CLUB_ROLES, CLUB_STATUSES, VOLUNTEER_ROLES } from "../enums";
import { parsePeriod } from "../periods";
import {
  factDate,
  idOf,
  isoDate,
  optionalText,
  publishedCount,
  requiredText,
  smallCellCount,
} from "./common";
import { personInput, personView } from "./people";

export const clubStatus = z.enum(CLUB_STATUSES);
export const clubRoleName = z.enum(CLUB_ROLES);
export { BOARD_ROLES, VOLUNTEER_ROLES };

export const clubView = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    parentId: z.string(),
    path: z.string(),
    foundedOn: isoDate,
    status: clubStatus,
    statusSince: isoDate,
  })
  .meta({ id: "Club" });

export const createClubRequest = z
  .strictObject({
    name: requiredText(200).meta({ example: "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông" }),
    code: requiredText(40).meta({ example: "LS-HD-07" }),
    parentId: idOf("orgUnit").meta({ description: "The commune or ward the club belongs to" }),
    foundedOn: factDate,
  })
  .meta({ id: "CreateClubRequest" });

export const clubListQuery = z.object({
  status: clubStatus.optional(),
  under: idOf("orgUnit").optional().meta({ description: "Only clubs in this org unit's subtree" }),
  q: z.string().trim().min(1).max(120).optional(),
});

export const changeClubStatusRequest = z
  .strictObject({
    status: clubStatus,
    effectiveFrom: factDate,
    reason: optionalText(500),
  })
  .meta({ id: "ChangeClubStatusRequest" });

export const clubRoleView = z
  .object({
    id: z.string(),
    clubId: z.string(),
    personId: z.string(),
    fullName: z.string(),
    role: clubRoleName,
    startsOn: isoDate,
    endsOn: isoDate.nullable(),
  })
  .meta({ id: "ClubRole" });

export const createClubRoleRequest = z
  .strictObject({
    personId: idOf("person"),
    role: clubRoleName,
    startsOn: factDate,
    endsOn: factDate.nullish().meta({ description: "End of the term, if already known" }),
  })
  .refine((r) => !r.endsOn || r.endsOn >= r.startsOn, {
    path: ["endsOn"],
    message: "must not be before startsOn",
  })
  .meta({ id: "CreateClubRoleRequest" });

export const endClubRoleRequest = z.strictObject({ endsOn: factDate }).meta({ id: "EndClubRoleRequest" });

export const clubRoleListQuery = z.object({ asOf: isoDate.optional() });

export const membershipView = z
  .object({
    id: z.string(),
    personId: z.string(),
    clubId: z.string(),
    joinedOn: isoDate,
    leftOn: isoDate.nullable(),
    leaveReason: z.string().nullable(),
  })
  .meta({ id: "Membership" });

export const memberView = z.object({ membership: membershipView, person: personView }).meta({ id: "Member" });

/** Enrol a person already on record, or register a new one and enrol them in one step. */
export const addMemberRequest = z
  .union([
    z.strictObject({ personId: idOf("person"), joinedOn: isoDate }),
    z.strictObject({ person: personInput, joinedOn: isoDate }),
  ])
  .meta({ id: "AddMemberRequest" });

export const memberListQuery = z.object({
  asOf: isoDate.optional().meta({ description: "Members on this date; default today in Vietnam" }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .meta({ description: "Part of a name, with or without diacritics" }),
});

export const leaveMembershipRequest = z
  .strictObject({ leftOn: factDate, reason: requiredText(300) })
  .meta({ id: "LeaveMembershipRequest" });

export const compositionView = z
  .object({
    clubId: z.string(),
    asOf: isoDate,
    members: smallCellCount,
    older: publishedCount,
    younger: publishedCount,
    women: publishedCount,
    poorOrNearPoor: publishedCount,
    livingAlone: publishedCount,
    shares: z
      .object({
        older: z.number().nullable(),
        younger: z.number().nullable(),
        women: z.number().nullable(),
        poorOrNearPoor: z.number().nullable(),
        livingAlone: z.number().nullable(),
      })
      .meta({ description: "null where the count is not given exactly (viewers, small groups)" }),
    targets: z.record(
      z.string(),
      z.object({
        value: z.number().nullable(),
        target: z.object({ min: z.number(), max: z.number() }),
        met: z.boolean().nullable(),
      }),
    ),
  })
  .meta({ id: "ClubComposition" });

export const compositionQuery = z.object({
  asOf: isoDate
    .optional()
    .meta({ description: "Any date (not for viewers); default today in Vietnam, or the period's end" }),
  period: z
    .string()
    .refine((label) => parsePeriod(label) !== null, {
      message:
        "must be a month (2025-05), a quarter (2025-Q2), a year (2025) or a range (2025-01-15..2025-04-14)",
    })
    .optional()
    .meta({
      description:
        "Composition as of the period's last day. Viewers must give a month, quarter or year that has ended (default: last month); others may give any period.",
    }),
});

export const importReport = z
  .object({
    imported: z.number().int(),
    clubId: z.string(),
    memberships: z.array(z.object({ row: z.number().int(), personId: z.string(), membershipId: z.string() })),
  })
  .meta({ id: "MemberImportReport" });
