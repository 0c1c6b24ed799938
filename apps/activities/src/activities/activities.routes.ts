import {
  activityDetailView,
  activityListQuery,
  activityView,
  createActivityRequest,
  idParam,
  pageOf,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { ids, labourDetailExample, labourExample, pageExample } from "../examples";

const tags = ["activities"];

export const createActivity = defineRoute({
  method: "post",
  path: "/org-units/:id/activities",
  operationId: "recordActivity",
  summary: "Record an activity a club or an association level organised",
  description:
    "One activity of a catalogue type (labour-day support, community service, cultural and sports events, health talks, gifts, fundraising …) with its dates, place, the members who took part (each a member of a club under the organiser on the start date; labour days per member in half days), who benefited, and the measures its type calls for. Home-care visits, training courses and communications have routes of their own. Retry-safe (`Idempotency-Key`), so a phone can queue it offline and send it through POST /activities/sync.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: createActivityRequest,
  response: activityView,
  status: 201,
  problems: {
    404: "The organiser, a participant or a beneficiary is not visible to the caller",
    409: "A participant's membership changed while the activity was being recorded",
    422: "A field is invalid: a retired or unknown type, a participant who was not a member on the day, a measure the type does not take or that cannot be",
  },
  examples: {
    request: {
      typeCode: "labour_support",
      title: "Dọn dẹp nhà cửa sau bão số 3",
      startsOn: "2025-05-12",
      endsOn: "2025-05-13",
      place: "Thôn Nà Chuông",
      purpose: "storm",
      peopleReached: 2,
      participants: [
        { personId: ids.binh, labourDays: 2 },
        { personId: ids.hoa, labourDays: 1.5 },
      ],
      beneficiaries: [{ beneficiaryId: ids.nhung }],
    },
    response: labourExample,
  },
});

export const listActivities = defineRoute({
  method: "get",
  path: "/org-units/:id/activities",
  operationId: "listActivities",
  summary: "Activities organised in an org unit's subtree, newest first",
  description:
    "A page of activities whose organiser is the unit or below it, optionally by start date range, area or type, with counts of participants and beneficiaries (no names).",
  tags,
  params: idParam("orgUnit"),
  query: activityListQuery,
  response: pageOf(activityView, "ActivityPage"),
  examples: { response: pageExample(labourExample) },
});

export const getActivity = defineRoute({
  method: "get",
  path: "/activities/:id",
  operationId: "getActivity",
  summary: "One activity with its participants and beneficiaries by name (not for viewers)",
  description:
    "The activity, each member who took part with their club and labour days, who benefited, and the visit, training or communication details where the type has them.",
  tags,
  params: idParam("activity"),
  response: activityDetailView,
  examples: { response: labourDetailExample },
});
