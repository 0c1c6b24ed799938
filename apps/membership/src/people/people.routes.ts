import {
  idParam,
  membershipView,
  pageOf,
  pageQuery,
  personSearchQuery,
  personView,
  updatePersonRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { membershipExample, pageExample, personExample } from "../examples";

const tags = ["people"];

export const searchPeople = defineRoute({
  method: "get",
  path: "/people",
  operationId: "searchPeople",
  summary: "People registered in the caller's subtree; `q` matches names with or without diacritics",
  description: "Not for viewers (403): they see counts and shares only.",
  tags,
  query: pageQuery.extend(personSearchQuery.shape),
  response: pageOf(personView, "PersonPage"),
  examples: { response: pageExample(personExample) },
});

export const getPerson = defineRoute({
  method: "get",
  path: "/people/:id",
  operationId: "getPerson",
  summary: "One person with their memberships",
  description:
    "The person's record and the memberships they have had in clubs of the caller's subtree (memberships elsewhere are not listed). Not for viewers (403).",
  tags,
  params: idParam("person"),
  response: z
    .object({ person: personView, memberships: z.array(membershipView) })
    .meta({ id: "PersonDetail" }),
  examples: { response: { person: personExample, memberships: [membershipExample] } },
});

export const updatePerson = defineRoute({
  method: "patch",
  path: "/people/:id",
  operationId: "updatePerson",
  summary: "Correct or update a person's record",
  description: "Send only the fields that change; `null` clears an optional one.",
  tags,
  params: idParam("person"),
  body: updatePersonRequest,
  response: personView,
  examples: {
    request: { povertyStatus: "poor", povertyCertifiedYear: 2025, phone: "0987 654 321" },
    response: { ...personExample, povertyStatus: "poor", povertyCertifiedYear: 2025, phone: "0987654321" },
  },
});
