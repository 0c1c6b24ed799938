import { createServiceApp } from "@ishc/edge-kit";
import fees from "./fees/fees.index";
import ledger from "./ledger/ledger.index";
import loans from "./loans/loans.index";
import measures from "./measures/measures.index";

const app = createServiceApp({
  service: "funds",
  title: "ISHC funds service",
  version: "0.2.0",
  description:
    "Each club's operating fund and revolving loan fund on a double-entry journal in whole đồng: grants and donations by source, member fees, expenses, loans from application to closing or write-off, balances, trial balance, members' statements and the lenders' measures (outstanding, PAR30, on-time rate, arrears). Every money-moving POST is retry-safe (Idempotency-Key), and a phone's queued writes go through POST /funds/sync.",
  tags: {
    ledger: "The journal, grants and expenses, reversals, balances and the trial balance",
    fees: "Monthly member fees a club sets and the fees members pay, and a member's statement",
    loans:
      "Loan terms and loans: application, approval by another board member, disbursement, repayments, write-off",
    measures: "Lenders' measures for a club or a whole subtree of the org tree, and the arrears list",
    sync: "Writes a phone queued while offline, sent in one batch",
  },
  routers: [ledger, fees, loans, measures],
});

export default app;
