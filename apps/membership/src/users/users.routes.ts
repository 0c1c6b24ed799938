import {
  accountView,
  createUserRequest,
  idParam,
  pageOf,
  pageQuery,
  updateUserRequest,
  userView,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { ids, pageExample, userExample } from "../examples";

export const listUsers = defineRoute({
  method: "get",
  path: "/users",
  operationId: "listUsers",
  summary: "Accounts bound to org units in the caller's subtree",
  description: "A page of the accounts whose unit lies in the caller's subtree, oldest first.",
  tags: ["users"],
  query: pageQuery,
  response: pageOf(userView, "UserPage"),
  examples: { response: pageExample(userExample) },
});

export const createUser = defineRoute({
  method: "post",
  path: "/users",
  operationId: "createUser",
  summary: "Create an account bound to an org unit in the caller's subtree",
  description:
    "Province admins create any role; commune officers create commune officers, club boards and viewers.",
  tags: ["users"],
  body: createUserRequest,
  response: userView,
  status: 201,
  examples: {
    request: {
      login: "chunhiem.nachuong@langson.vn",
      displayName: "Lương Thị Mai",
      role: "club_board",
      orgUnitId: ids.club,
      password: "mật-khẩu-của-bà-Mai",
    },
    response: userExample,
  },
});

export const updateUser = defineRoute({
  method: "patch",
  path: "/users/:id",
  operationId: "updateUser",
  summary: "Disable an account, or enable it again",
  description:
    "A disabled account cannot sign in, and the tokens it already holds stop working on their next request in every service. Province admins manage every account in their subtree; commune officers those bound to units strictly below their own, in roles they may grant. Nobody disables their own account.",
  tags: ["users"],
  params: idParam("user"),
  body: updateUserRequest,
  response: accountView,
  problems: {
    "403": "The caller's role may not manage this account, or it is the caller's own",
    "409": "The account's role or unit changed meanwhile",
  },
  examples: {
    request: { disabled: true },
    response: { ...userExample, disabledAt: "2025-06-02T03:15:00.000Z" },
  },
});
