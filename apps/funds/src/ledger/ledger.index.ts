import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./ledger.handlers";
import * as routes from "./ledger.routes";

export default createRouter()
  .add(routes.recordGrant, handlers.recordGrant)
  .add(routes.recordExpense, handlers.recordExpense)
  .add(routes.reverseEntry, handlers.reverseEntry)
  .add(routes.listEntries, handlers.listEntries)
  .add(routes.getBalances, handlers.getBalances)
  .add(routes.getTrialBalance, handlers.getTrialBalance);
