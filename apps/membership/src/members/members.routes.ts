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
import { ids, memberExample, membershipExample, pageExample } from "../examples";

const tags = ["members"];

export const listMembers = defineRoute({
  method: "get",
  path: "/clubs/:id/members",
  operationId: "listClubMembers",
  summary: "The club's members on a date (default: today in Vietnam)",
  description: "The members by name. Not for viewers (403): they see counts and shares (the composition).",
  tags,
  params: idParam("orgUnit"),
  query: pageQuery.extend(memberListQuery.shape),
  response: pageOf(memberView, "MemberPage"),
  examples: { response: pageExample(memberExample) },
});

export const addMember = defineRoute({
  method: "post",
  path: "/clubs/:id/members",
  operationId: "addClubMember",
  summary: "Enrol a person on record, or register a new person and enrol them",
  description:
    "Send `personId` for someone already registered, or `person` to register them in the same step. The club must be active and the person not already an active member.",
  tags,
  params: idParam("orgUnit"),
  body: addMemberRequest,
  response: memberView,
  status: 201,
  examples: {
    request: {
      person: {
        fullName: "Nguyễn Thị Hoà",
        sex: "female",
        birthDate: "1958-04-12",
        ethnicity: "Tày",
        povertyStatus: "near_poor",
        povertyCertifiedYear: 2024,
        livesAlone: true,
        phone: "0912 345 678",
      },
      joinedOn: "2021-03-15",
    },
    response: memberExample,
  },
});

export const importMembers = defineRoute({
  method: "post",
  path: "/clubs/:id/members/import",
  operationId: "importClubMembers",
  summary: "Import the club's member register from CSV: every row or none",
  description:
    "UTF-8 CSV as Excel saves it (“CSV UTF-8”), comma, semicolon or tab separated, with Vietnamese or English headers: Họ và tên, Giới tính, Ngày sinh or Năm sinh, Dân tộc, Hộ nghèo, Năm công nhận, Sống một mình, Số điện thoại, Ngày vào CLB. If any row is wrong nothing is written and the 422 answer lists every wrong row and field.",
  tags,
  params: idParam("orgUnit"),
  upload: { mediaTypes: ["text/csv", "text/plain", "application/csv"], description: "The register as CSV" },
  response: importReport,
  status: 201,
  examples: {
    request:
      "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB\n" +
      "Nguyễn Thị Hoà,Nữ,12/04/1958,Tày,Cận nghèo,2024,Có,0912 345 678,15/03/2021\n" +
      "Hoàng Văn Bình,Nam,03/09/1990,Nùng,Không,,Không,,15/03/2021\n",
    response: {
      imported: 2,
      clubId: ids.club,
      memberships: [
        { row: 2, personId: ids.hoa, membershipId: ids.hoaMembership },
        { row: 3, personId: ids.binh, membershipId: ids.binhMembership },
      ],
    },
  },
});

export const leaveMembership = defineRoute({
  method: "post",
  path: "/memberships/:id/leave",
  operationId: "leaveMembership",
  summary: "Record that a member left the club, and why; open board and volunteer roles end with it",
  description:
    "`leftOn` must not be before the member joined nor in the future; the member is no longer counted from that day.",
  tags,
  params: idParam("membership"),
  body: leaveMembershipRequest,
  response: membershipView,
  examples: {
    request: { leftOn: "2025-05-31", reason: "Chuyển về sống cùng con ở Hà Nội" },
    response: { ...membershipExample, leftOn: "2025-05-31", leaveReason: "Chuyển về sống cùng con ở Hà Nội" },
  },
});

export const clubComposition = defineRoute({
  method: "get",
  path: "/clubs/:id/composition",
  operationId: "getClubComposition",
  summary: "The club's make-up on a date against the ISHC targets",
  description:
    'Shares of members aged 55+, younger members, women, poor or near-poor households and people living alone, with the model\'s targets (50–70 members, 60–70% older, 60–70% women, 30–40% younger). Viewers ask for a month, quarter or year that has ended (`period`, default last month) and get it as of its last day, with groups of fewer than 5 people shown as "<5", counts whose rest is under 5 withheld (null) and those shares null; others get exact figures on any date.',
  tags,
  params: idParam("orgUnit"),
  query: compositionQuery,
  response: compositionView,
  examples: {
    response: {
      clubId: ids.club,
      asOf: "2025-05-31",
      members: 60,
      older: 39,
      younger: 21,
      women: 38,
      poorOrNearPoor: 20,
      livingAlone: 6,
      shares: { older: 0.65, younger: 0.35, women: 0.633, poorOrNearPoor: 0.333, livingAlone: 0.1 },
      targets: {
        members: { value: 60, target: { min: 50, max: 70 }, met: true },
        olderShare: { value: 0.65, target: { min: 0.6, max: 0.7 }, met: true },
        womenShare: { value: 0.633, target: { min: 0.6, max: 0.7 }, met: true },
        youngerShare: { value: 0.35, target: { min: 0.3, max: 0.4 }, met: true },
      },
    },
  },
});
