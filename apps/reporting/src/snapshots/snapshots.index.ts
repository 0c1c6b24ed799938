import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./snapshots.handlers";
import * as routes from "./snapshots.routes";

export default createRouter()
  .add(routes.listSnapshots, handlers.listSnapshots)
  .add(routes.getSnapshot, handlers.getSnapshot)
  .add(routes.regenerateSnapshot, handlers.regenerateSnapshot)
  .add(routes.listRuns, handlers.listRuns);
