import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./users.handlers";
import * as routes from "./users.routes";

export default createRouter()
  .add(routes.listUsers, handlers.listUsers)
  .add(routes.createUser, handlers.createUser)
  .add(routes.updateUser, handlers.updateUser);
