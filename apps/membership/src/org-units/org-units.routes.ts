import {
  createOrgUnitRequest,
  idOf,
  idParam,
  orgUnitHistoryView,
  orgUnitKind,
  orgUnitView,
  pageOf,
  pageQuery,
  reorganiseOrgUnitRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";

const tags = ["org units"];

export const listOrgUnits = defineRoute({
  method: "get",
  path: "/org-units",
  summary: "Org units in the caller's subtree, oldest first",
  tags,
  query: pageQuery.extend({
    under: idOf("orgUnit").optional().meta({ description: "Only this unit's subtree" }),
    kind: orgUnitKind.optional(),
  }),
  response: pageOf(orgUnitView, "OrgUnitPage"),
});

export const getOrgUnit = defineRoute({
  method: "get",
  path: "/org-units/:id",
  summary: "One org unit",
  tags,
  params: idParam("orgUnit"),
  response: orgUnitView,
});

export const createOrgUnit = defineRoute({
  method: "post",
  path: "/org-units",
  summary: "Add a commune, ward or other unit under one in the caller's subtree",
  tags,
  body: createOrgUnitRequest,
  response: orgUnitView,
  status: 201,
});

export const reorganiseOrgUnit = defineRoute({
  method: "post",
  path: "/org-units/:id/reorganisations",
  summary: "Rename and/or move a unit (with its subtree) from a date on",
  description:
    "Closes the unit's current version on `effectiveFrom` and opens a new one, so reports for earlier periods still roll up as the tree stood then.",
  tags,
  params: idParam("orgUnit"),
  body: reorganiseOrgUnitRequest,
  response: orgUnitView,
});

export const orgUnitHistory = defineRoute({
  method: "get",
  path: "/org-units/:id/history",
  summary: "Every name and parent the unit has had, with dates",
  tags,
  params: idParam("orgUnit"),
  response: orgUnitHistoryView,
});
