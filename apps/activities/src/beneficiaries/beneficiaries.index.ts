import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./beneficiaries.handlers";
import * as routes from "./beneficiaries.routes";

export default createRouter()
  .add(routes.createBeneficiary, handlers.createBeneficiary)
  .add(routes.listBeneficiaries, handlers.listBeneficiaries);
