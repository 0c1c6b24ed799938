import * as z from "zod";
import { ORG_UNIT_KINDS } from "../enums";
import { idOf, isoDate, optionalText, requiredText } from "./common";

export const orgUnitKind = z.enum(ORG_UNIT_KINDS);

export const orgUnitView = z
  .object({
    id: z.string(),
    kind: orgUnitKind,
    name: z.string(),
    code: z.string().nullable(),
    parentId: z.string().nullable(),
    path: z.string(),
  })
  .meta({ id: "OrgUnit" });

export const createOrgUnitRequest = z
  .strictObject({
    kind: orgUnitKind.exclude(["club"]).meta({ description: "Clubs are created through POST /clubs" }),
    name: requiredText(200),
    code: optionalText(40),
    parentId: idOf("orgUnit"),
    effectiveFrom: isoDate,
  })
  .meta({ id: "CreateOrgUnitRequest" });

export const reorganiseOrgUnitRequest = z
  .strictObject({
    name: requiredText(200).optional(),
    parentId: idOf("orgUnit").optional(),
    effectiveFrom: isoDate,
    reason: optionalText(500),
  })
  .refine((body) => body.name !== undefined || body.parentId !== undefined, {
    message: "give a new name, a new parentId, or both",
    path: ["name"],
  })
  .meta({ id: "ReorganiseOrgUnitRequest" });

export const orgUnitVersionView = z
  .object({
    name: z.string(),
    parentId: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: "OrgUnitVersion" });

export const orgUnitHistoryView = z
  .object({ orgUnit: orgUnitView, versions: z.array(orgUnitVersionView) })
  .meta({ id: "OrgUnitHistory" });
