import {
  changeClubStatusRequest,
  clubListQuery,
  clubRoleListQuery,
  clubRoleView,
  clubView,
  createClubRequest,
  createClubRoleRequest,
  endClubRoleRequest,
  idOf,
  idParam,
  pageOf,
  pageQuery,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { clubExample, clubRoleExample, ids, pageExample } from "../examples";

const tags = ["clubs"];

export const listClubs = defineRoute({
  method: "get",
  path: "/clubs",
  operationId: "listClubs",
  summary: "Clubs in the caller's subtree, oldest record first",
  description: "A page of clubs, optionally by status, under one org unit, or by part of the name or code.",
  tags,
  query: pageQuery.extend(clubListQuery.shape),
  response: pageOf(clubView, "ClubPage"),
  examples: { response: pageExample(clubExample) },
});

export const createClub = defineRoute({
  method: "post",
  path: "/clubs",
  operationId: "createClub",
  summary: "Register a club under a commune or ward",
  description: "The club is active from `foundedOn`; its code is unique in the system.",
  tags,
  body: createClubRequest,
  response: clubView,
  status: 201,
  examples: {
    request: {
      name: "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
      code: "LS-HD-07",
      parentId: ids.commune,
      foundedOn: "2021-03-15",
    },
    response: clubExample,
  },
});

export const getClub = defineRoute({
  method: "get",
  path: "/clubs/:id",
  operationId: "getClub",
  summary: "One club",
  description: "The club with its current status and the date it took effect.",
  tags,
  params: idParam("orgUnit"),
  response: clubView,
  examples: { response: clubExample },
});

export const changeClubStatus = defineRoute({
  method: "post",
  path: "/clubs/:id/status",
  operationId: "changeClubStatus",
  summary: "Suspend, reactivate or dissolve a club from a date on",
  description:
    "The new status holds from `effectiveFrom`: after the current status began and not in the future. A dissolved club stays dissolved.",
  tags,
  params: idParam("orgUnit"),
  body: changeClubStatusRequest,
  response: clubView,
  examples: {
    request: {
      status: "suspended",
      effectiveFrom: "2025-06-01",
      reason: "Ban chủ nhiệm kiện toàn lại sau khi chủ nhiệm chuyển công tác",
    },
    response: { ...clubExample, status: "suspended", statusSince: "2025-06-01" },
  },
});

export const listClubRoles = defineRoute({
  method: "get",
  path: "/clubs/:id/roles",
  operationId: "listClubRoles",
  summary: "The management board and volunteers, as of a date (default: today)",
  description:
    "Board seats and volunteer duties held on `asOf` (default today in Vietnam), by name. Not for viewers (403).",
  tags,
  params: idParam("orgUnit"),
  query: clubRoleListQuery,
  response: z.object({ items: z.array(clubRoleView) }),
  examples: { response: { items: [clubRoleExample] } },
});

export const addClubRole = defineRoute({
  method: "post",
  path: "/clubs/:id/roles",
  operationId: "addClubRole",
  summary: "Give a member a board seat or a volunteer duty",
  description: "The person must be a member of the club on `startsOn`.",
  tags,
  params: idParam("orgUnit"),
  body: createClubRoleRequest,
  response: clubRoleView,
  status: 201,
  examples: {
    request: { personId: ids.hoa, role: "chair", startsOn: "2024-01-01" },
    response: clubRoleExample,
  },
});

export const endClubRole = defineRoute({
  method: "post",
  path: "/clubs/:id/roles/:roleId/end",
  operationId: "endClubRole",
  summary: "End a board term or volunteer duty",
  description: "Closes the term on `endsOn`, which must not be before the term began.",
  tags,
  params: z.object({ id: idOf("orgUnit"), roleId: idOf("clubRole") }),
  body: endClubRoleRequest,
  response: clubRoleView,
  examples: {
    request: { endsOn: "2026-01-01" },
    response: { ...clubRoleExample, endsOn: "2026-01-01" },
  },
});
