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

const tags = ["clubs"];

export const listClubs = defineRoute({
  method: "get",
  path: "/clubs",
  summary: "Clubs in the caller's subtree, oldest record first",
  tags,
  query: pageQuery.extend(clubListQuery.shape),
  response: pageOf(clubView, "ClubPage"),
});

export const createClub = defineRoute({
  method: "post",
  path: "/clubs",
  summary: "Register a club under a commune or ward",
  tags,
  body: createClubRequest,
  response: clubView,
  status: 201,
});

export const getClub = defineRoute({
  method: "get",
  path: "/clubs/:id",
  summary: "One club",
  tags,
  params: idParam("orgUnit"),
  response: clubView,
});

export const changeClubStatus = defineRoute({
  method: "post",
  path: "/clubs/:id/status",
  summary: "Suspend, reactivate or dissolve a club from a date on",
  tags,
  params: idParam("orgUnit"),
  body: changeClubStatusRequest,
  response: clubView,
});

export const listClubRoles = defineRoute({
  method: "get",
  path: "/clubs/:id/roles",
  summary: "The management board and volunteers, as of a date (default: today)",
  tags,
  params: idParam("orgUnit"),
  query: clubRoleListQuery,
  response: z.object({ items: z.array(clubRoleView) }),
});

export const addClubRole = defineRoute({
  method: "post",
  path: "/clubs/:id/roles",
  summary: "Give a member a board seat or a volunteer duty",
  tags,
  params: idParam("orgUnit"),
  body: createClubRoleRequest,
  response: clubRoleView,
  status: 201,
});

export const endClubRole = defineRoute({
  method: "post",
  path: "/clubs/:id/roles/:roleId/end",
  summary: "End a board term or volunteer duty",
  tags,
  params: z.object({ id: idOf("orgUnit"), roleId: idOf("clubRole") }),
  body: endClubRoleRequest,
  response: clubRoleView,
});
