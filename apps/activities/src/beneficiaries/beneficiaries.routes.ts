import {
  beneficiaryListQuery,
  beneficiaryView,
  createBeneficiaryRequest,
  idParam,
  pageOf,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { beneficiaryExample, ids, pageExample } from "../examples";

const tags = ["beneficiaries"];

export const createBeneficiary = defineRoute({
  method: "post",
  path: "/org-units/:id/beneficiaries",
  operationId: "registerBeneficiary",
  summary: "Register someone who benefits without being a member (a care recipient, a household helped)",
  description:
    "Name, sex, birth year, whether they live alone and the kinds of household they live in, registered by a club or a commune association. Give `personId` instead when they are in the people register already. Retry-safe (`Idempotency-Key`), and a device may supply the id so writes it queued later can name them.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: createBeneficiaryRequest,
  response: beneficiaryView,
  status: 201,
  examples: {
    request: {
      fullName: "Hoàng Thị Nhung",
      sex: "female",
      birthYear: 1941,
      livesAlone: true,
      householdKinds: ["poor", "older_living_alone"],
    },
    response: beneficiaryExample,
  },
});

export const listBeneficiaries = defineRoute({
  method: "get",
  path: "/org-units/:id/beneficiaries",
  operationId: "listBeneficiaries",
  summary: "Beneficiaries registered in an org unit's subtree, newest first (not for viewers)",
  description:
    "A page of the people who are not members that the unit and the units below it have registered, optionally by part of a name with or without diacritics. Viewers see counts in the activity summary instead (403).",
  tags,
  params: idParam("orgUnit"),
  query: beneficiaryListQuery,
  response: pageOf(beneficiaryView, "BeneficiaryPage"),
  examples: { response: pageExample({ ...beneficiaryExample, orgUnitId: ids.club }) },
});
