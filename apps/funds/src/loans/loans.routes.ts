import {
  applyForLoanRequest,
  approveLoanRequest,
  disburseLoanRequest,
  idParam,
  loanDetailView,
  loanIdParam,
  loanStatus,
  loanTermsView,
  loanView,
  recordRepaymentRequest,
  repaymentResultView,
  setLoanTermsRequest,
  writeOffLoanRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { ids, loanExample, repaymentExample } from "../examples";

const tags = ["loans"];

const termsExample = {
  id: ids.terms,
  clubId: ids.club,
  effectiveFrom: "2025-01-01",
  minAmount: 1_000_000,
  maxAmount: 10_000_000,
  termMonths: 12,
  monthlyRateBp: 50,
  method: "declining" as const,
};

export const setLoanTerms = defineRoute({
  method: "post",
  path: "/clubs/:id/loan-terms",
  operationId: "setLoanTerms",
  summary: "Set the club's loan terms from a day on",
  description:
    "Amount limits, term in months, monthly rate in basis points (50 = 0.5 % a month) and method: flat (interest on the original principal each month) or declining (equal principal parts, interest on the balance). A loan takes the terms in force on the day it is applied for.",
  tags,
  params: idParam("orgUnit"),
  body: setLoanTermsRequest,
  response: loanTermsView,
  status: 201,
  examples: {
    request: {
      effectiveFrom: "2025-01-01",
      minAmount: 1_000_000,
      maxAmount: 10_000_000,
      termMonths: 12,
      monthlyRateBp: 50,
      method: "declining",
    },
    response: termsExample,
  },
});

export const listLoanTerms = defineRoute({
  method: "get",
  path: "/clubs/:id/loan-terms",
  operationId: "listLoanTerms",
  summary: "The club's loan terms, newest first",
  description:
    "Every version of the club's terms; the first in force on a day is the latest from on or before it.",
  tags,
  params: idParam("orgUnit"),
  response: z.object({ items: z.array(loanTermsView) }),
  examples: { response: { items: [termsExample] } },
});

export const applyForLoan = defineRoute({
  method: "post",
  path: "/clubs/:id/loans",
  operationId: "applyForLoan",
  summary: "Enter a member's loan application",
  description:
    "The borrower must be an active member of the club on the day; the amount must lie within the club's terms in force that day, whose term, rate and method the loan keeps. Another board member approves it. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: applyForLoanRequest,
  response: loanView,
  status: 201,
  examples: {
    request: {
      personId: ids.hoa,
      principal: 6_000_000,
      purpose: "livestock",
      purposeNote: "Mua 2 con lợn giống",
      appliedOn: "2025-03-12",
    },
  },
  problems: {
    409: "The club has no loan terms in force on appliedOn",
    422: "The borrower is not an active member of the club that day, or the amount is outside the club's limits",
  },
});

export const approveLoan = defineRoute({
  method: "post",
  path: "/loans/:id/approval",
  operationId: "approveLoan",
  summary: "Approve a loan application (someone other than who entered it)",
  description:
    "Maker-checker: the account that entered the application may not approve it (403). Only an application not yet approved (409). Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: loanIdParam,
  body: approveLoanRequest,
  response: loanView,
  examples: { request: { approvedOn: "2025-03-15" } },
  problems: {
    403: "The caller entered this application: another board member approves it (maker-checker), or the role may not approve loans",
  },
});

export const disburseLoan = defineRoute({
  method: "post",
  path: "/loans/:id/disbursement",
  operationId: "disburseLoan",
  summary: "Pay an approved loan out of the revolving fund",
  description:
    "Fixes the instalment schedule from the disbursement day and keeps the borrower's poverty status on that day. Refused (409) when the revolving fund lacks the cash, checked again inside the write so racing disbursements cannot overdraw it. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: loanIdParam,
  body: disburseLoanRequest,
  response: loanDetailView,
  examples: { request: { disbursedOn: "2025-03-20" } },
  problems: {
    409: "The loan is not approved (or already paid out), or the revolving fund does not hold its principal on that day",
  },
});

export const recordRepayment = defineRoute({
  method: "post",
  path: "/loans/:id/repayments",
  operationId: "recordRepayment",
  summary: "Record a repayment on a loan",
  description:
    "Applied to the oldest unpaid instalment first, interest before principal; principal goes back to the revolving fund, interest to the operating fund. More than is owed is refused (422), as is a closed or written-off loan (409); racing repayments are serialised so together they never pay more than is owed. The loan closes when nothing is owed. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: loanIdParam,
  body: recordRepaymentRequest,
  response: repaymentResultView,
  status: 201,
  examples: {
    request: { amount: 530_000, paidOn: "2025-04-20" },
    response: { repayment: repaymentExample, loan: loanExample },
  },
  problems: {
    409: "The loan is not paid out, closed, or written off",
    422: "The amount is not a positive whole number of đồng or is more than is owed; paidOn is in the future or before the payout or the latest repayment; or the Idempotency-Key was used with another body",
  },
});

export const writeOffLoan = defineRoute({
  method: "post",
  path: "/loans/:id/write-off",
  operationId: "writeOffLoan",
  summary: "Write off the principal of a loan that will not be recovered, with the reason",
  description:
    "Posts the outstanding principal to write-offs; the loan leaves the outstanding portfolio. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: loanIdParam,
  body: writeOffLoanRequest,
  response: loanView,
  examples: { request: { writtenOffOn: "2025-05-30", reason: "Hộ gia đình chuyển đi, không liên lạc được" } },
  problems: {
    409: "The loan is not active, or has no principal outstanding",
  },
});

export const listLoans = defineRoute({
  method: "get",
  path: "/clubs/:id/loans",
  operationId: "listClubLoans",
  summary: "The club's loans, oldest application first",
  description: "With each borrower's name. Not for viewers (403): they see the measures.",
  tags,
  params: idParam("orgUnit"),
  query: z.object({ status: loanStatus.optional() }),
  response: z.object({ items: z.array(loanView) }),
  examples: { response: { items: [loanExample] } },
});

export const getLoan = defineRoute({
  method: "get",
  path: "/loans/:id",
  operationId: "getLoan",
  summary: "One loan with its instalments (what is left of each) and repayments",
  description: "Not for viewers (403).",
  tags,
  params: loanIdParam,
  response: loanDetailView,
});
