import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./reports.handlers";
import * as routes from "./reports.routes";

export default createRouter()
  .add(routes.listIndicators, handlers.listIndicators)
  .add(routes.getReport, handlers.getReport);
