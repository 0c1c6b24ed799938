import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./association.handlers";
import * as routes from "./association.routes";

export default createRouter()
  .add(routes.createTraining, handlers.createTraining)
  .add(routes.createCommunication, handlers.createCommunication);
