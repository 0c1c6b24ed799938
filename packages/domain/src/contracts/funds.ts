import * as z from "zod";
import { vietnamDate } from "../dates";
import { POVERTY_STATUSES } from "../enums";
import { ACCOUNTS, ENTRY_KINDS, FUNDS, GRANT_SOURCES } from "../funds/ledger";
import { INTEREST_METHODS, MAX_MONTHLY_RATE_BP, MAX_TERM_MONTHS } from "../funds/loan-schedule";
import { LOAN_PURPOSES, LOAN_STATUSES } from "../schema/funds/vocab";
import { idOf, idParam, isoDate, optionalText, publishedCount, requiredText, smallCellCount } from "./common";

/**
 * The funds service's contracts. Every amount is a whole number of đồng,
 * positive and at most 2^53 − 1; a date of money that moved is today in
 * Vietnam or earlier.
 */

export const amountVnd = z
  .number()
  .refine((n) => Number.isSafeInteger(n), {
    message: "must be a whole number of đồng (no fractions, at most 2^53 − 1)",
  })
  .refine((n) => n > 0, { message: "must be more than 0 đồng" })
  .meta({ description: "Whole đồng, more than 0 and at most 2^53 − 1", example: 2_000_000 });

const vnd = z.number().int().meta({ description: "Whole đồng" });

/** The day money moved: a real date, not after today in Vietnam. */
export const moneyDate = isoDate
  .refine((value) => value <= vietnamDate(), {
    message: "must not be in the future",
    params: { rule: "in_future" },
  })
  .meta({ format: "date", description: "Today in Vietnam or earlier", example: "2025-05-20" });

export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM")
  .meta({ example: "2025-05" });

export const fund = z
  .enum(FUNDS)
  .meta({ description: "operating: fees, donations, interest; revolving: the loan fund" });
export const grantSource = z.enum(GRANT_SOURCES);
export const loanStatus = z.enum(LOAN_STATUSES);
export const loanPurpose = z.enum(LOAN_PURPOSES);
export const interestMethod = z.enum(INTEREST_METHODS);

export const loanIdParam = idParam("loan");
export const entryIdParam = idParam("journalEntry");
export const clubPersonParams = z.object({ id: idOf("orgUnit"), personId: idOf("person") });

// ---- requests ----

export const recordGrantRequest = z
  .strictObject({
    fund,
    source: grantSource,
    amount: amountVnd,
    receivedOn: moneyDate,
    memo: optionalText(300).meta({
      description: "Who gave, or what for",
      example: "UBND xã hỗ trợ vốn quay vòng",
    }),
  })
  .meta({ id: "RecordGrantRequest" });

export const recordExpenseRequest = z
  .strictObject({ amount: amountVnd, paidOn: moneyDate, purpose: requiredText(300) })
  .meta({ id: "RecordExpenseRequest" });

export const setFeeRateRequest = z
  .strictObject({ effectiveFrom: yearMonth, monthlyAmount: amountVnd })
  .meta({ id: "SetFeeRateRequest" });

export const recordFeeRequest = z
  .strictObject({
    personId: idOf("person"),
    months: z
      .array(yearMonth)
      .min(1)
      .max(24)
      .refine((months) => new Set(months).size === months.length, { message: "must not list a month twice" }),
    paidOn: moneyDate,
  })
  .meta({ id: "RecordFeeRequest" });

export const reverseEntryRequest = z
  .strictObject({ on: moneyDate, reason: requiredText(300) })
  .meta({ id: "ReverseEntryRequest" });

export const setLoanTermsRequest = z
  .strictObject({
    effectiveFrom: isoDate,
    minAmount: amountVnd,
    maxAmount: amountVnd,
    termMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
    monthlyRateBp: z
      .number()
      .int()
      .min(0)
      .max(MAX_MONTHLY_RATE_BP)
      .meta({ description: "Basis points a month: 50 is 0.5 % a month" }),
    method: interestMethod,
  })
  .refine((t) => t.minAmount <= t.maxAmount, { message: "must not be above maxAmount", path: ["minAmount"] })
  .meta({ id: "SetLoanTermsRequest" });

export const applyForLoanRequest = z
  .strictObject({
    personId: idOf("person"),
    principal: amountVnd,
    purpose: loanPurpose,
    purposeNote: optionalText(300),
    appliedOn: moneyDate,
  })
  .meta({ id: "ApplyForLoanRequest" });

export const approveLoanRequest = z
  .strictObject({ approvedOn: moneyDate })
  .meta({ id: "ApproveLoanRequest" });
export const disburseLoanRequest = z
  .strictObject({ disbursedOn: moneyDate })
  .meta({ id: "DisburseLoanRequest" });
export const recordRepaymentRequest = z
  .strictObject({ amount: amountVnd, paidOn: moneyDate })
  .meta({ id: "RecordRepaymentRequest" });
export const writeOffLoanRequest = z
  .strictObject({ writtenOffOn: moneyDate, reason: requiredText(300) })
  .meta({ id: "WriteOffLoanRequest" });

export const asOfQuery = z.object({
  on: isoDate.optional().meta({ description: "The day (its end); today in Vietnam when omitted" }),
});

export const measuresQuery = z.object({
  on: isoDate
    .optional()
    .meta({ description: "The day (its end) stocks are measured at; today when omitted" }),
  from: isoDate.optional().meta({
    description: "First day of the period flows are counted in; 1 January of `on`'s year when omitted",
  }),
});

// ---- views ----

export const journalLineView = z.object({
  account: z.enum(ACCOUNTS),
  side: z.enum(["debit", "credit"]),
  amount: vnd,
});

export const journalEntryView = z
  .object({
    id: z.string(),
    clubId: z.string(),
    kind: z.enum(ENTRY_KINDS),
    on: isoDate,
    memo: z.string().nullable(),
    source: grantSource.nullable(),
    personId: z.string().nullable(),
    loanId: z.string().nullable(),
    reversesId: z.string().nullable(),
    lines: z.array(journalLineView),
  })
  .meta({ id: "JournalEntry" });

export const ratioView = z
  .object({ numerator: vnd, denominator: vnd, ratio: z.number().nullable() })
  .meta({ id: "Ratio", description: "numerator ÷ denominator; ratio null when the denominator is 0" });

export const balancesView = z
  .object({
    clubId: z.string(),
    asOf: isoDate,
    cash: z.object({ operating: vnd, revolving: vnd }),
    accounts: z.record(z.enum(ACCOUNTS), vnd),
  })
  .meta({ id: "FundBalances" });

export const trialBalanceView = z
  .object({
    clubId: z.string(),
    asOf: isoDate,
    rows: z.array(z.object({ account: z.enum(ACCOUNTS), debit: vnd, credit: vnd })),
    totalDebit: vnd,
    totalCredit: vnd,
    difference: vnd,
    differenceByFund: z.object({ operating: vnd, revolving: vnd }),
  })
  .meta({ id: "TrialBalance" });

export const feeRateView = z
  .object({ id: z.string(), clubId: z.string(), effectiveFrom: yearMonth, monthlyAmount: vnd })
  .meta({ id: "FeeRate" });

export const feePaymentView = z
  .object({
    entryId: z.string(),
    personId: z.string(),
    paidOn: isoDate,
    months: z.array(yearMonth),
    amount: vnd,
  })
  .meta({ id: "FeePayment" });

export const loanTermsView = z
  .object({
    id: z.string(),
    clubId: z.string(),
    effectiveFrom: isoDate,
    minAmount: vnd,
    maxAmount: vnd,
    termMonths: z.number().int(),
    monthlyRateBp: z.number().int(),
    method: interestMethod,
  })
  .meta({ id: "LoanTerms" });

export const instalmentView = z.object({
  number: z.number().int(),
  dueOn: isoDate,
  principal: vnd,
  interest: vnd,
  principalUnpaid: vnd,
  interestUnpaid: vnd,
});

export const repaymentView = z
  .object({
    id: z.string(),
    loanId: z.string(),
    entryId: z.string(),
    paidOn: isoDate,
    amount: vnd,
    principal: vnd,
    interest: vnd,
    allocations: z.array(z.object({ number: z.number().int(), principal: vnd, interest: vnd })),
  })
  .meta({ id: "Repayment" });

export const loanView = z
  .object({
    id: z.string(),
    clubId: z.string(),
    personId: z.string(),
    borrowerName: z.string(),
    principal: vnd,
    termMonths: z.number().int(),
    monthlyRateBp: z.number().int(),
    method: interestMethod,
    purpose: loanPurpose,
    purposeNote: z.string().nullable(),
    status: loanStatus,
    appliedOn: isoDate,
    approvedOn: isoDate.nullable(),
    disbursedOn: isoDate.nullable(),
    povertyStatusAtDisbursement: z.enum(POVERTY_STATUSES).nullable(),
    owed: vnd.meta({ description: "Principal and interest still to pay (0 before disbursement)" }),
    closedOn: isoDate.nullable(),
    writtenOffOn: isoDate.nullable(),
    writeOffReason: z.string().nullable(),
  })
  .meta({ id: "Loan" });

export const loanDetailView = loanView
  .extend({ instalments: z.array(instalmentView), repayments: z.array(repaymentView) })
  .meta({ id: "LoanDetail" });

export const repaymentResultView = z
  .object({ repayment: repaymentView, loan: loanView })
  .meta({ id: "RepaymentResult" });

export const arrearsItemView = z.object({
  loanId: z.string(),
  clubId: z.string(),
  personId: z.string(),
  borrowerName: z.string(),
  outstanding: vnd,
  overdueInstalments: z.number().int(),
  daysOverdue: z.number().int(),
  principalOverdue: vnd,
  interestOverdue: vnd,
});

export const arrearsView = z.object({ on: isoDate, items: z.array(arrearsItemView) }).meta({ id: "Arrears" });

const bySource = z.object(
  Object.fromEntries(GRANT_SOURCES.map((s) => [s, vnd])) as Record<
    (typeof GRANT_SOURCES)[number],
    typeof vnd
  >,
);

export const fundMeasuresView = z
  .object({
    orgUnitId: z.string(),
    on: isoDate,
    period: z.object({ from: isoDate, to: isoDate }),
    clubs: z.number().int(),
    clubsHoldingBothFunds: z.number().int(),
    loansOutstanding: z.number().int().meta({ description: "Loans with principal still owed on `on`" }),
    outstandingPrincipal: vnd,
    par30: ratioView,
    onTimeRepaymentRate: ratioView,
    loansInArrears: z.object({ count: z.number().int(), outstanding: vnd }),
    disbursed: z.object({ count: z.number().int(), amount: vnd }),
    borrowersByPovertyStatus: z
      .object({
        poor: publishedCount,
        near_poor: publishedCount,
        none: publishedCount,
        total: smallCellCount,
      })
      .meta({ description: 'Exact for officers and boards; for viewers, fewer than 5 people are "<5"' }),
    repaid: z.object({ principal: vnd, interest: vnd }),
    writeOffs: z.object({ count: z.number().int(), amount: vnd }),
    shareOfMembersWhoBorrowed: ratioView,
    grants: z.object({ operating: bySource, revolving: bySource, total: vnd }),
  })
  .meta({ id: "FundMeasures" });

export const memberStatementView = z
  .object({
    clubId: z.string(),
    personId: z.string(),
    fullName: z.string(),
    fees: z.array(feePaymentView),
    loans: z.array(loanDetailView),
  })
  .meta({ id: "MemberStatement" });
