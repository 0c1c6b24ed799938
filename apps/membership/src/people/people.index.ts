import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./people.handlers";
import * as routes from "./people.routes";

export default createRouter()
  .add(routes.searchPeople, handlers.searchPeople)
  .add(routes.getPerson, handlers.getPerson)
  .add(routes.updatePerson, handlers.updatePerson);
