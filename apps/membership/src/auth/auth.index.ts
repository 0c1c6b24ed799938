import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./auth.handlers";
import * as routes from "./auth.routes";

export default createRouter().add(routes.login, handlers.login);
