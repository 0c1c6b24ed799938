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
import { ids, orgUnitExample, pageExample } from "../examples";

const tags = ["org units"];

export const listOrgUnits = defineRoute({
  method: "get",
  path: "/org-units",
  operationId: "listOrgUnits",
  summary: "Org units in the caller's subtree, oldest first",
  description: "A page of the units in the caller's subtree, optionally under one unit or of one kind.",
  tags,
  query: pageQuery.extend({
    under: idOf("orgUnit").optional().meta({ description: "Only this unit's subtree" }),
    kind: orgUnitKind.optional(),
  }),
  response: pageOf(orgUnitView, "OrgUnitPage"),
  examples: { response: pageExample(orgUnitExample) },
});

export const getOrgUnit = defineRoute({
  method: "get",
  path: "/org-units/:id",
  operationId: "getOrgUnit",
  summary: "One org unit",
  description: "The unit's current name, code, parent and place in the tree.",
  tags,
  params: idParam("orgUnit"),
  response: orgUnitView,
  examples: { response: orgUnitExample },
});

export const createOrgUnit = defineRoute({
  method: "post",
  path: "/org-units",
  operationId: "createOrgUnit",
  summary: "Add a commune, ward or other unit under one in the caller's subtree",
  description:
    "The unit's first version starts on `effectiveFrom`. Clubs are registered through POST /clubs.",
  tags,
  body: createOrgUnitRequest,
  response: orgUnitView,
  status: 201,
  examples: {
    request: {
      kind: "commune",
      name: "Xã Hoàng Đồng",
      code: "LS-HD",
      parentId: ids.province,
      effectiveFrom: "2020-01-01",
    },
    response: orgUnitExample,
  },
});

export const reorganiseOrgUnit = defineRoute({
  method: "post",
  path: "/org-units/:id/reorganisations",
  operationId: "reorganiseOrgUnit",
  summary: "Rename and/or move a unit (with its subtree) from a date on",
  description:
    "Closes the unit's current version on `effectiveFrom` and opens a new one, so reports for earlier periods still roll up as the tree stood then.",
  tags,
  params: idParam("orgUnit"),
  body: reorganiseOrgUnitRequest,
  response: orgUnitView,
  examples: {
    request: {
      name: "Xã Hoàng Văn Thụ",
      effectiveFrom: "2025-07-01",
      reason: "Sắp xếp đơn vị hành chính cấp xã năm 2025",
    },
    response: { ...orgUnitExample, name: "Xã Hoàng Văn Thụ" },
  },
});

export const orgUnitHistory = defineRoute({
  method: "get",
  path: "/org-units/:id/history",
  operationId: "getOrgUnitHistory",
  summary: "Every name and parent the unit has had, with dates",
  description: "The unit now and each of its versions, oldest first; `validTo` is null on the current one.",
  tags,
  params: idParam("orgUnit"),
  response: orgUnitHistoryView,
  examples: {
    response: {
      orgUnit: orgUnitExample,
      versions: [
        {
          name: "Xã Hoàng Đồng",
          parentId: ids.province,
          validFrom: "2020-01-01",
          validTo: null,
          reason: null,
        },
      ],
    },
  },
});
