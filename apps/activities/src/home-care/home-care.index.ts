import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./home-care.handlers";
import * as routes from "./home-care.routes";

export default createRouter().add(routes.createHomeCareVisit, handlers.createHomeCareVisit);
