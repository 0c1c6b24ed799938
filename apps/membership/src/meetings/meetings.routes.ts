import {
  createMeetingRequest,
  healthCheckView,
  idParam,
  meetingDetailView,
  meetingView,
  pageOf,
  pageQuery,
  recordHealthChecksRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";

const tags = ["meetings"];

export const listMeetings = defineRoute({
  method: "get",
  path: "/clubs/:id/meetings",
  summary: "The club's meetings, newest first, with attendance counts",
  tags,
  params: idParam("orgUnit"),
  query: pageQuery,
  response: pageOf(meetingView, "MeetingPage"),
});

export const createMeeting = defineRoute({
  method: "post",
  path: "/clubs/:id/meetings",
  summary: "Record a meeting and who attended",
  tags,
  params: idParam("orgUnit"),
  body: createMeetingRequest,
  response: meetingDetailView,
  status: 201,
});

export const getMeeting = defineRoute({
  method: "get",
  path: "/meetings/:id",
  summary: "One meeting with its attendance list",
  tags,
  params: idParam("meeting"),
  response: meetingDetailView,
});

export const recordHealthChecks = defineRoute({
  method: "post",
  path: "/meetings/:id/health-checks",
  summary:
    "Record blood pressure and weight for attendees (a later entry for the same person corrects the earlier)",
  tags,
  params: idParam("meeting"),
  body: recordHealthChecksRequest,
  response: z.object({ items: z.array(healthCheckView) }),
  status: 201,
});

export const listHealthChecks = defineRoute({
  method: "get",
  path: "/meetings/:id/health-checks",
  summary: "Named health measures from one meeting (not for viewers: they see counts and shares)",
  tags,
  params: idParam("meeting"),
  response: z.object({ items: z.array(healthCheckView) }),
});
