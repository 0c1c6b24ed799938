import {
  createMeetingRequest,
  healthCheckView,
  idParam,
  meetingDetailView,
  meetingListQuery,
  meetingView,
  pageOf,
  recordHealthChecksRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { healthCheckExample, ids, meetingDetailExample, meetingExample, pageExample } from "../examples";

const tags = ["meetings"];

export const listMeetings = defineRoute({
  method: "get",
  path: "/clubs/:id/meetings",
  operationId: "listClubMeetings",
  summary: "The club's meetings, newest first, with attendance counts",
  description:
    "A page of the club's meetings, optionally only those held from `from` to `to` (both days included).",
  tags,
  params: idParam("orgUnit"),
  query: meetingListQuery,
  response: pageOf(meetingView, "MeetingPage"),
  examples: { response: pageExample(meetingExample) },
});

export const createMeeting = defineRoute({
  method: "post",
  path: "/clubs/:id/meetings",
  operationId: "createMeeting",
  summary: "Record a meeting and who attended",
  description:
    "`heldOn` may not be before the club was founded nor in the future; every attendee must be a member on that day.",
  tags,
  params: idParam("orgUnit"),
  body: createMeetingRequest,
  response: meetingDetailView,
  status: 201,
  examples: {
    request: {
      heldOn: "2025-05-20",
      topic: "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
      notes: "Trạm y tế xã đo huyết áp cho hội viên.",
      attendeeIds: [ids.hoa, ids.binh],
    },
    response: meetingDetailExample,
  },
});

export const getMeeting = defineRoute({
  method: "get",
  path: "/meetings/:id",
  operationId: "getMeeting",
  summary: "One meeting with its attendance list",
  description:
    "The meeting and the people who attended, by name. Not for viewers (403): the meeting list gives them the counts.",
  tags,
  params: idParam("meeting"),
  response: meetingDetailView,
  examples: { response: meetingDetailExample },
});

export const recordHealthChecks = defineRoute({
  method: "post",
  path: "/meetings/:id/health-checks",
  operationId: "recordHealthChecks",
  summary:
    "Record blood pressure and weight for attendees (a later entry for the same person corrects the earlier)",
  description:
    "Each person must have attended the meeting; give blood pressure (both numbers), weight, or both.",
  tags,
  params: idParam("meeting"),
  body: recordHealthChecksRequest,
  response: z.object({ items: z.array(healthCheckView) }),
  status: 201,
  examples: {
    request: { checks: [{ personId: ids.hoa, systolic: 135, diastolic: 85, weightKg: 52.5 }] },
    response: { items: [healthCheckExample] },
  },
});

export const listHealthChecks = defineRoute({
  method: "get",
  path: "/meetings/:id/health-checks",
  operationId: "listHealthChecks",
  summary: "Named health measures from one meeting (not for viewers: they see counts and shares)",
  description: "Each attendee's blood pressure and weight from the meeting, by name.",
  tags,
  params: idParam("meeting"),
  response: z.object({ items: z.array(healthCheckView) }),
  examples: { response: { items: [healthCheckExample] } },
});
