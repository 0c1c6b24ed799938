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

const tags = ["people"];

export const searchPeople = defineRoute({
  method: "get",
  path: "/people",
  summary: "People registered in the caller's subtree; `q` matches names with or without diacritics",
  description: "Viewers get no poverty status or phone number.",
  tags,
  query: pageQuery.extend(personSearchQuery.shape),
  response: pageOf(personView, "PersonPage"),
});

export const getPerson = defineRoute({
  method: "get",
  path: "/people/:id",
  summary: "One person with their memberships",
  tags,
  params: idParam("person"),
  response: z
    .object({ person: personView, memberships: z.array(membershipView) })
    .meta({ id: "PersonDetail" }),
});

export const updatePerson = defineRoute({
  method: "patch",
  path: "/people/:id",
  summary: "Correct or update a person's record",
  tags,
  params: idParam("person"),
  body: updatePersonRequest,
  response: personView,
});
