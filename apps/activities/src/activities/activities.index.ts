import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./activities.handlers";
import * as routes from "./activities.routes";

export default createRouter()
  .add(routes.createActivity, handlers.createActivity)
  .add(routes.listActivities, handlers.listActivities)
  .add(routes.getActivity, handlers.getActivity);
