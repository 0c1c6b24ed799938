import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./members.handlers";
import * as routes from "./members.routes";

export default createRouter()
  .add(routes.listMembers, handlers.listMembers)
  .add(routes.addMember, handlers.addMember)
  .add(routes.importMembers, handlers.importMembers)
  .add(routes.leaveMembership, handlers.leaveMembership)
  .add(routes.clubComposition, handlers.clubComposition);
