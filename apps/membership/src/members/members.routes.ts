import {
  addMemberRequest,
  compositionQuery,
  compositionView,
  idParam,
  importReport,
  leaveMembershipRequest,
  memberListQuery,
  membershipView,
  memberView,
  pageOf,
  pageQuery,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";

const tags = ["members"];

export const listMembers = defineRoute({
  method: "get",
  path: "/clubs/:id/members",
  summary: "The club's members on a date (default: today in Vietnam)",
  description: "Viewers get no poverty status or phone number.",
  tags,
  params: idParam("orgUnit"),
  query: pageQuery.extend(memberListQuery.shape),
  response: pageOf(memberView, "MemberPage"),
});

export const addMember = defineRoute({
  method: "post",
  path: "/clubs/:id/members",
  summary: "Enrol a person on record, or register a new person and enrol them",
  tags,
  params: idParam("orgUnit"),
  body: addMemberRequest,
  response: memberView,
  status: 201,
});

export const importMembers = defineRoute({
  method: "post",
  path: "/clubs/:id/members/import",
  summary: "Import the club's member register from CSV: every row or none",
  description:
    "UTF-8 CSV as Excel saves it (“CSV UTF-8”), comma, semicolon or tab separated, with Vietnamese or English headers: Họ và tên, Giới tính, Ngày sinh or Năm sinh, Dân tộc, Hộ nghèo, Năm công nhận, Sống một mình, Số điện thoại, Ngày vào CLB. If any row is wrong nothing is written and the 422 answer lists every wrong row and field.",
  tags,
  params: idParam("orgUnit"),
  upload: { mediaTypes: ["text/csv", "text/plain", "application/csv"], description: "The register as CSV" },
  response: importReport,
  status: 201,
});

export const leaveMembership = defineRoute({
  method: "post",
  path: "/memberships/:id/leave",
  summary: "Record that a member left the club, and why; open board and volunteer roles end with it",
  tags,
  params: idParam("membership"),
  body: leaveMembershipRequest,
  response: membershipView,
});

export const clubComposition = defineRoute({
  method: "get",
  path: "/clubs/:id/composition",
  summary: "The club's make-up on a date against the ISHC targets",
  description:
    "Shares of members aged 55+, younger members, women, poor or near-poor households and people living alone, with the model's targets (50–70 members, 60–70% older, 60–70% women, 30–40% younger).",
  tags,
  params: idParam("orgUnit"),
  query: compositionQuery,
  response: compositionView,
});
