import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./catalogue.handlers";
import * as routes from "./catalogue.routes";

export default createRouter().add(routes.getCatalogue, handlers.getCatalogue);
