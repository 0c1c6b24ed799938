import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./summary.handlers";
import * as routes from "./summary.routes";

export default createRouter().add(routes.getActivitySummary, handlers.getActivitySummary);
