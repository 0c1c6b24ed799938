import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./org-units.handlers";
import * as routes from "./org-units.routes";

export default createRouter()
  .add(routes.listOrgUnits, handlers.listOrgUnits)
  .add(routes.createOrgUnit, handlers.createOrgUnit)
  .add(routes.getOrgUnit, handlers.getOrgUnit)
  .add(routes.reorganiseOrgUnit, handlers.reorganiseOrgUnit)
  .add(routes.orgUnitHistory, handlers.orgUnitHistory);
