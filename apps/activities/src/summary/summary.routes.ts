import { activitySummaryQuery, activitySummaryView, idParam } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { summaryExample } from "../examples";

export const getActivitySummary = defineRoute({
  method: "get",
  path: "/org-units/:id/activity-summary",
  operationId: "getActivitySummary",
  summary: "Counts and sums of what a club or an org unit's subtree did in a period",
  description:
    'Activities, sessions, participant places, labour days, hours, money and goods given and people reached, in all and by area (all eight, zero where nothing was done), by type, by labour purpose and by organiser; home-care visits and the distinct people visited; training courses and trainee places; communications by kind. Activities count by their start date, in the subtree their organiser stood in on that date (the tree as it stood then). Counts only, so viewers may read it (the people visited at home: fewer than 5 shown as "<5"). One D1 round trip.',
  tags: ["reports"],
  params: idParam("orgUnit"),
  query: activitySummaryQuery,
  response: activitySummaryView,
  examples: { response: summaryExample },
});
