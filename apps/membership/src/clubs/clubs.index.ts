import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./clubs.handlers";
import * as routes from "./clubs.routes";

export default createRouter()
  .add(routes.listClubs, handlers.listClubs)
  .add(routes.createClub, handlers.createClub)
  .add(routes.getClub, handlers.getClub)
  .add(routes.changeClubStatus, handlers.changeClubStatus)
  .add(routes.listClubRoles, handlers.listClubRoles)
  .add(routes.addClubRole, handlers.addClubRole)
  .add(routes.endClubRole, handlers.endClubRole);
