import * as z from "zod";
import { ORG_UNIT_KINDS } from "../enums";
import { idOf, isoDate, optionalText, plannedDate, requiredText } from "./common";

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
    kind: orgUnitKind.exclude(["club", "district", "national"]).meta({
      description:
        "A province (national admins only) under the national unit, or a commune or ward under a province. Clubs are created through POST /clubs; districts no longer exist.",
    }),
    name: requiredText(200),
    code: optionalText(40),
    parentId: idOf("orgUnit"),
    effectiveFrom: plannedDate,
  })
  .meta({ id: "CreateOrgUnitRequest" });

export const reorganiseOrgUnitRequest = z
  .strictObject({
    name: requiredText(200).optional(),
    parentId: idOf("orgUnit").optional(),
    effectiveFrom: plannedDate,
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
