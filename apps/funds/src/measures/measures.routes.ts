import { arrearsView, asOfQuery, fundMeasuresView, idParam, measuresQuery } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { measuresExample } from "../examples";

const tags = ["measures"];

export const getFundMeasures = defineRoute({
  method: "get",
  path: "/org-units/:id/fund-measures",
  operationId: "getFundMeasures",
  summary: "Lenders' measures for a club or every club under an org unit, as of a day",
  description:
    'Stocks at the end of `on`: outstanding principal, PAR30 (principal of loans with an instalment more than 30 days late ÷ outstanding), on-time repayment rate (paid by each due date ÷ due), loans in arrears, share of members who have borrowed, clubs holding both funds. Flows from `from` to `on`: loans disbursed, borrowers by poverty status at disbursement, principal and interest repaid, write-offs, grants and donations by source and fund. Aggregates only: viewers may read it, with borrowers by poverty status under 5 shown as "<5".',
  tags,
  params: idParam("orgUnit"),
  query: measuresQuery,
  response: fundMeasuresView,
  examples: { response: measuresExample },
});

export const listArrears = defineRoute({
  method: "get",
  path: "/org-units/:id/arrears",
  operationId: "listLoansInArrears",
  summary: "Loans with an overdue instalment at the end of a day, most days late first",
  description: "Names each borrower, so not for viewers (403); they see the counts in the measures.",
  tags,
  params: idParam("orgUnit"),
  query: asOfQuery,
  response: arrearsView,
});
