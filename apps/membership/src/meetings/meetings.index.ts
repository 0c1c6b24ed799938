import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./meetings.handlers";
import * as routes from "./meetings.routes";

export default createRouter()
  .add(routes.listMeetings, handlers.listMeetings)
  .add(routes.createMeeting, handlers.createMeeting)
  .add(routes.getMeeting, handlers.getMeeting)
  .add(routes.recordHealthChecks, handlers.recordHealthChecks)
  .add(routes.listHealthChecks, handlers.listHealthChecks);
