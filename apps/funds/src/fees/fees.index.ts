import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./fees.handlers";
import * as routes from "./fees.routes";

export default createRouter()
  .add(routes.setFeeRate, handlers.setFeeRate)
  .add(routes.listFeeRates, handlers.listFeeRates)
  .add(routes.recordFee, handlers.recordFee)
  .add(routes.getMemberStatement, handlers.getMemberStatement);
