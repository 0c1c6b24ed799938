import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./measures.handlers";
import * as routes from "./measures.routes";

export default createRouter()
  .add(routes.getFundMeasures, handlers.getFundMeasures)
  .add(routes.listArrears, handlers.listArrears);
