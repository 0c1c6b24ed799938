import { activityView, createHomeCareVisitRequest, idParam } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { ids, visitExample } from "../examples";

export const createHomeCareVisit = defineRoute({
  method: "post",
  path: "/clubs/:id/home-care-visits",
  operationId: "recordHomeCareVisit",
  summary: "Record a home-care volunteer's visit to an older person, member or not",
  description:
    "The visitor must hold the club's home-care volunteer role on the day of the visit; the person visited is a member or a registered beneficiary. Date, duration in hours and the services given (company, personal care, housework, health monitoring, referral). Counts as an activity of type home_care_visit (area 4). Retry-safe (`Idempotency-Key`) and syncable.",
  tags: ["home care"],
  idempotent: true,
  params: idParam("orgUnit"),
  body: createHomeCareVisitRequest,
  response: activityView,
  status: 201,
  problems: {
    409: "The visitor's volunteer role changed while the visit was being recorded",
    422: "The visitor did not hold the home-care volunteer role on the day, or a field is invalid",
  },
  examples: {
    request: {
      visitorId: ids.hoa,
      recipient: { beneficiaryId: ids.nhung },
      visitedOn: "2025-05-20",
      hours: 1.5,
      services: ["company", "health_monitoring", "housework"],
    },
    response: visitExample,
  },
});
