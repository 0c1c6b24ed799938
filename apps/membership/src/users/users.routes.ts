import { createUserRequest, pageOf, pageQuery, userView } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";

export const listUsers = defineRoute({
  method: "get",
  path: "/users",
  summary: "Accounts bound to org units in the caller's subtree",
  tags: ["users"],
  query: pageQuery,
  response: pageOf(userView, "UserPage"),
});

export const createUser = defineRoute({
  method: "post",
  path: "/users",
  summary: "Create an account bound to an org unit in the caller's subtree",
  description:
    "Province admins create any role; commune officers create commune officers, club boards and viewers.",
  tags: ["users"],
  body: createUserRequest,
  response: userView,
  status: 201,
});
