import { createRouter } from "@ishc/edge-kit";
import * as handlers from "./loans.handlers";
import * as routes from "./loans.routes";

export default createRouter()
  .add(routes.setLoanTerms, handlers.setLoanTerms)
  .add(routes.listLoanTerms, handlers.listLoanTerms)
  .add(routes.applyForLoan, handlers.applyForLoan)
  .add(routes.approveLoan, handlers.approveLoan)
  .add(routes.disburseLoan, handlers.disburseLoan)
  .add(routes.recordRepayment, handlers.recordRepayment)
  .add(routes.writeOffLoan, handlers.writeOffLoan)
  .add(routes.listLoans, handlers.listLoans)
  .add(routes.getLoan, handlers.getLoan);
