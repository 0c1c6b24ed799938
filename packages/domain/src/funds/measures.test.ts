import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PovertyStatus } from "../composition";
import { addDays } from "../dates";
import { vnd } from "../money";
import { monthPeriod, monthsOf, rangePeriod, yearPeriod } from "../periods";
import { feeReceived, grantReceived, type JournalEntry, type NewJournalEntry, reversalOf } from "./ledger";
import { type InterestMethod, loanSchedule } from "./loan-schedule";
import {
  borrowersByPovertyStatus,
  daysBetween,
  fundReceipts,
  grantsReceivedIn,
  holdsBothFunds,
  interestReceivedIn,
  type LoanRecord,
  loanArrears,
  loansDisbursedIn,
  loansInArrears,
  onTimeRepaymentRate,
  outstandingPrincipal,
  overdueInstalments,
  par30,
  portfolioAtRisk,
  portfolioOutstanding,
  repaidIn,
  shareOfMembersWhoBorrowed,
  writeOffsIn,
} from "./measures";
import { allocateRepayment, type RepaymentRecord } from "./repayment";

const RUNS = { numRuns: 200 };

type LoanSpec = {
  id?: string;
  clubId?: string;
  borrowerId?: string;
  poverty?: PovertyStatus;
  principal: number;
  termMonths: number;
  monthlyRateBp?: number;
  method?: InterestMethod;
  disbursedOn: string;
  /** Payments in date order. */
  payments?: ReadonlyArray<readonly [amount: number, paidOn: string]>;
  writtenOffOn?: string | null;
};

function makeLoan(spec: LoanSpec): LoanRecord {
  const schedule = loanSchedule({
    principal: spec.principal,
    termMonths: spec.termMonths,
    monthlyRateBp: spec.monthlyRateBp ?? 0,
    method: spec.method ?? "flat",
    disbursedOn: spec.disbursedOn,
  });
  const repayments: RepaymentRecord[] = [];
  for (const [amount, paidOn] of spec.payments ?? []) {
    const result = allocateRepayment(schedule, repayments, amount, paidOn);
    if (!result.ok) throw new Error(`${result.error.code} in test data`);
    repayments.push({ paidOn, allocations: result.value.allocations });
  }
  return {
    id: spec.id ?? "loan",
    clubId: spec.clubId ?? "club_a",
    borrowerId: spec.borrowerId ?? "per_1",
    povertyStatusAtDisbursement: spec.poverty ?? "poor",
    disbursedOn: spec.disbursedOn,
    principal: vnd(spec.principal),
    schedule,
    repayments,
    writtenOffOn: spec.writtenOffOn ?? null,
  };
}

// 3,000,000 interest-free over 3 months: 1,000,000 due on 10 Feb, 10 Mar and 10 Apr 2025.
const late = makeLoan({ id: "late", principal: 3_000_000, termMonths: 3, disbursedOn: "2025-01-10" });
// 2,000,000 paid out on 1 March: nothing due before 1 April.
const fresh = makeLoan({ id: "fresh", principal: 2_000_000, termMonths: 2, disbursedOn: "2025-03-01" });

describe("outstanding and arrears", () => {
  it("counts principal from the disbursement day, less what was repaid by the end of the day", () => {
    const paid = makeLoan({
      principal: 3_000_000,
      termMonths: 3,
      disbursedOn: "2025-01-10",
      payments: [[1_000_000, "2025-02-10"]],
    });
    expect(outstandingPrincipal(paid, "2025-01-09")).toBe(0);
    expect(outstandingPrincipal(paid, "2025-01-10")).toBe(3_000_000);
    expect(outstandingPrincipal(paid, "2025-02-09")).toBe(3_000_000);
    expect(outstandingPrincipal(paid, "2025-02-10")).toBe(2_000_000);
    expect(portfolioOutstanding([paid, fresh], "2025-03-01")).toBe(4_000_000);
  });

  it("is not overdue on the due date, one day overdue the day after", () => {
    expect(overdueInstalments(late, "2025-02-10")).toEqual([]);
    expect(overdueInstalments(late, "2025-02-11")).toEqual([
      { number: 1, dueOn: "2025-02-10", principalUnpaid: 1_000_000, interestUnpaid: 0, daysOverdue: 1 },
    ]);
    expect(loanArrears(late, "2025-03-20")).toEqual({
      overdueInstalments: 2,
      daysOverdue: 38,
      principalOverdue: 2_000_000,
      interestOverdue: 0,
    });
    expect(loanArrears(fresh, "2025-03-20")).toEqual({
      overdueInstalments: 0,
      daysOverdue: 0,
      principalOverdue: 0,
      interestOverdue: 0,
    });
    expect(loansInArrears([late, fresh], "2025-03-20")).toEqual({ count: 1, outstanding: 3_000_000 });
  });

  it("PAR30: 30 days late is not at risk, 31 days late is", () => {
    // 10 Feb + 30 days = 12 Mar 2025.
    expect(daysBetween("2025-02-10", "2025-03-12")).toBe(30);
    expect(par30([late, fresh], "2025-03-12")).toEqual({ numerator: 0, denominator: 5_000_000, ratio: 0 });
    expect(par30([late, fresh], "2025-03-13")).toEqual({
      numerator: 3_000_000,
      denominator: 5_000_000,
      ratio: 0.6,
    });
    expect(portfolioAtRisk([late, fresh], "2025-03-12", 0).numerator).toBe(3_000_000);
  });

  it("PAR30 is no figure when nothing is outstanding", () => {
    expect(par30([], "2025-03-13")).toEqual({ numerator: 0, denominator: 0, ratio: null });
    expect(par30([late], "2025-01-09")).toEqual({ numerator: 0, denominator: 0, ratio: null });
  });

  it("a part of an instalment left unpaid keeps the loan at risk", () => {
    const partly = makeLoan({
      principal: 3_000_000,
      termMonths: 3,
      disbursedOn: "2025-01-10",
      payments: [[999_999, "2025-02-10"]],
    });
    expect(par30([partly], "2025-03-13")).toEqual({ numerator: 2_000_001, denominator: 2_000_001, ratio: 1 });
    const paidLate = makeLoan({
      principal: 3_000_000,
      termMonths: 3,
      disbursedOn: "2025-01-10",
      payments: [[1_000_000, "2025-03-13"]],
    });
    expect(par30([paidLate], "2025-03-12").numerator).toBe(0);
    expect(par30([paidLate], "2025-03-13").numerator).toBe(0);
  });

  it("a written-off loan leaves the outstanding portfolio from the write-off day", () => {
    const gone = { ...late, writtenOffOn: "2025-05-01" };
    expect(outstandingPrincipal(gone, "2025-04-30")).toBe(3_000_000);
    expect(outstandingPrincipal(gone, "2025-05-01")).toBe(0);
    expect(overdueInstalments(gone, "2025-05-01")).toEqual([]);
    expect(par30([gone, fresh], "2025-04-30").numerator).toBe(3_000_000);
    expect(par30([gone, fresh], "2025-05-01")).toEqual({ numerator: 0, denominator: 2_000_000, ratio: 0 });
    expect(writeOffsIn([gone, fresh], monthPeriod(2025, 5))).toEqual({ count: 1, amount: 3_000_000 });
    expect(writeOffsIn([gone], monthPeriod(2025, 4))).toEqual({ count: 0, amount: 0 });
  });
});

describe("on-time repayment rate", () => {
  it("counts a payment on the due date as on time and the day after as late", () => {
    const loan = makeLoan({
      principal: 3_000_000,
      termMonths: 3,
      disbursedOn: "2025-01-10",
      payments: [
        [1_000_000, "2025-02-10"],
        [1_000_000, "2025-03-11"],
      ],
    });
    expect(onTimeRepaymentRate([loan], "2025-02-10")).toEqual({
      numerator: 1_000_000,
      denominator: 1_000_000,
      ratio: 1,
    });
    expect(onTimeRepaymentRate([loan], "2025-03-31")).toEqual({
      numerator: 1_000_000,
      denominator: 2_000_000,
      ratio: 0.5,
    });
    expect(onTimeRepaymentRate([loan], "2025-02-09")).toEqual({ numerator: 0, denominator: 0, ratio: null });
  });

  it("credits an early payment to the instalment it settled, and counts interest too", () => {
    const loan = makeLoan({
      principal: 2_000_000,
      termMonths: 2,
      monthlyRateBp: 100,
      disbursedOn: "2025-01-10",
      payments: [[2_040_000, "2025-01-20"]],
    });
    expect(onTimeRepaymentRate([loan], "2025-03-10")).toEqual({
      numerator: 2_040_000,
      denominator: 2_040_000,
      ratio: 1,
    });
  });

  it("counts a written-off loan's instalments only up to the write-off day", () => {
    const gone = { ...late, writtenOffOn: "2025-03-10" };
    expect(onTimeRepaymentRate([gone], "2025-12-31")).toEqual({
      numerator: 0,
      denominator: 2_000_000,
      ratio: 0,
    });
  });
});

describe("flows in a period", () => {
  const loans = [
    makeLoan({
      id: "a",
      borrowerId: "p1",
      poverty: "poor",
      principal: 5_000_000,
      termMonths: 10,
      monthlyRateBp: 50,
      disbursedOn: "2025-01-31",
      payments: [
        [525_000, "2025-02-28"],
        [525_000, "2025-04-01"],
      ],
    }),
    makeLoan({
      id: "b",
      borrowerId: "p1",
      poverty: "none",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2025-03-01",
    }),
    makeLoan({
      id: "c",
      borrowerId: "p2",
      poverty: "near_poor",
      principal: 2_000_000,
      termMonths: 4,
      disbursedOn: "2025-03-31",
    }),
    makeLoan({
      id: "d",
      borrowerId: "p3",
      poverty: "none",
      principal: 3_000_000,
      termMonths: 4,
      disbursedOn: "2025-04-01",
    }),
  ];

  it("counts loans and amounts paid out, both ends of the period included", () => {
    expect(loansDisbursedIn(loans, rangePeriod("2025-01-31", "2025-03-31"))).toEqual({
      count: 3,
      amount: 8_000_000,
    });
    expect(loansDisbursedIn(loans, monthPeriod(2025, 4))).toEqual({ count: 1, amount: 3_000_000 });
    expect(loansDisbursedIn(loans, monthPeriod(2024, 12))).toEqual({ count: 0, amount: 0 });
  });

  it("counts each borrower once, under the status at the earliest disbursement in the period", () => {
    expect(borrowersByPovertyStatus(loans, yearPeriod(2025))).toEqual({
      poor: 1,
      near_poor: 1,
      none: 1,
      total: 3,
    });
    expect(borrowersByPovertyStatus(loans, monthPeriod(2025, 3))).toEqual({
      poor: 0,
      near_poor: 1,
      none: 1,
      total: 2,
    });
  });

  it("sums interest and principal received by payment date", () => {
    expect(interestReceivedIn(loans, monthPeriod(2025, 2))).toBe(25_000);
    expect(repaidIn(loans, yearPeriod(2025))).toEqual({ principal: 1_000_000, interest: 50_000 });
    expect(interestReceivedIn(loans, monthPeriod(2025, 3))).toBe(0);
  });
});

describe("ISHC targets", () => {
  const members = [
    { clubId: "club_a", personId: "p1", joinedOn: "2024-01-01", leftOn: null },
    { clubId: "club_a", personId: "p2", joinedOn: "2024-01-01", leftOn: null },
    { clubId: "club_a", personId: "p3", joinedOn: "2024-01-01", leftOn: "2025-06-01" },
    { clubId: "club_a", personId: "p4", joinedOn: "2025-06-01", leftOn: null },
    { clubId: "club_b", personId: "p2", joinedOn: "2024-01-01", leftOn: null },
  ];
  const loans = [
    makeLoan({
      clubId: "club_a",
      borrowerId: "p1",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2024-05-01",
    }),
    makeLoan({
      clubId: "club_a",
      borrowerId: "p1",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2025-05-01",
    }),
    makeLoan({
      clubId: "club_b",
      borrowerId: "p2",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2024-05-01",
    }),
    makeLoan({
      clubId: "club_a",
      borrowerId: "p3",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2024-05-01",
    }),
    makeLoan({
      clubId: "club_a",
      borrowerId: "p4",
      principal: 1_000_000,
      termMonths: 2,
      disbursedOn: "2025-06-02",
    }),
  ];

  it("share of members who have borrowed from their own club, on or before the date", () => {
    // On 1 June 2025: active p1, p2 (club a), p4, p2 (club b); p3 left that day. Borrowed: p1 (a), p2 (b).
    expect(shareOfMembersWhoBorrowed(members, loans, "2025-06-01")).toEqual({
      numerator: 2,
      denominator: 4,
      ratio: 0.5,
    });
    // The next day p4 borrows.
    expect(shareOfMembersWhoBorrowed(members, loans, "2025-06-02").numerator).toBe(3);
    // On 31 May 2025 p3 is still a member, and had borrowed.
    expect(shareOfMembersWhoBorrowed(members, loans, "2025-05-31")).toEqual({
      numerator: 3,
      denominator: 4,
      ratio: 0.75,
    });
    expect(shareOfMembersWhoBorrowed([], loans, "2025-06-01").ratio).toBeNull();
  });

  const post = (entries: NewJournalEntry[]): JournalEntry[] =>
    entries.map((e, i) => ({ ...e, id: `jrn_${i}` }));

  it("a club holds both funds once each has received money", () => {
    const entries = post([
      grantReceived({ on: "2025-01-05", fund: "revolving", source: "peoples_committee", amount: 20_000_000 }),
      feeReceived({ on: "2025-02-01", amount: 2_000 }),
    ]);
    expect(holdsBothFunds(entries, "2025-01-31")).toBe(false);
    expect(holdsBothFunds(entries, "2025-02-01")).toBe(true);
    expect(holdsBothFunds([], "2025-02-01")).toBe(false);
    // A receipt reversed (entered in error) no longer counts from the reversal's date.
    const withReversal = [...entries, { ...reversalOf(entries[1]!, "2025-02-03"), id: "jrn_9" }];
    expect(holdsBothFunds(withReversal, "2025-02-02")).toBe(true);
    expect(holdsBothFunds(withReversal, "2025-02-03")).toBe(false);
    expect(fundReceipts(withReversal, "revolving", "2025-02-03")).toBe(20_000_000);
  });

  it("grants and donations by fund and source in a period, net of reversals in it", () => {
    const entries = post([
      grantReceived({ on: "2025-01-05", fund: "revolving", source: "peoples_committee", amount: 20_000_000 }),
      grantReceived({ on: "2025-03-31", fund: "revolving", source: "project", amount: 15_000_000 }),
      grantReceived({ on: "2025-02-10", fund: "operating", source: "private_donor", amount: 500_000 }),
      grantReceived({ on: "2025-04-01", fund: "operating", source: "association", amount: 1_000_000 }),
      feeReceived({ on: "2025-02-01", amount: 2_000 }),
    ]);
    const q1 = grantsReceivedIn(entries, rangePeriod("2025-01-01", "2025-03-31"));
    expect(q1.total).toBe(35_500_000);
    expect(q1.revolving).toEqual({
      peoples_committee: 20_000_000,
      association: 0,
      project: 15_000_000,
      private_donor: 0,
      other: 0,
    });
    expect(q1.operating.private_donor).toBe(500_000);
    expect(q1.operating.association).toBe(0);
    const reversed = [...entries, { ...reversalOf(entries[2]!, "2025-02-11"), id: "rev" }];
    expect(grantsReceivedIn(reversed, monthPeriod(2025, 2)).total).toBe(0);
  });
});

// --- properties over random portfolios ---------------------------------------

const loanArb = fc
  .record({
    principal: fc.integer({ min: 100_000, max: 20_000_000 }),
    termMonths: fc.integer({ min: 1, max: 12 }),
    monthlyRateBp: fc.integer({ min: 0, max: 150 }),
    method: fc.constantFrom<InterestMethod>("flat", "declining"),
    startDay: fc.integer({ min: 0, max: 500 }),
    /** Days each instalment is paid after its due date (negative: early), or null: never. */
    delays: fc.array(fc.option(fc.integer({ min: -20, max: 90 }), { nil: null, freq: 5 }), {
      minLength: 12,
      maxLength: 12,
    }),
    writeOffAfter: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 4 }),
    poverty: fc.constantFrom<PovertyStatus>("poor", "near_poor", "none"),
    borrower: fc.integer({ min: 1, max: 8 }),
  })
  .map((r): LoanRecord => {
    const disbursedOn = addDays("2024-01-01", r.startDay);
    const schedule = loanSchedule({ ...r, disbursedOn });
    const payments: [number, string][] = [];
    let last = disbursedOn;
    for (const instalment of schedule) {
      const delay = r.delays[instalment.number - 1];
      if (delay === null || delay === undefined) break;
      const on = addDays(instalment.dueOn, delay);
      if (on > last) last = on;
      payments.push([instalment.principal + instalment.interest, last]);
    }
    return makeLoan({
      id: `loan_${r.startDay}`,
      borrowerId: `p${r.borrower}`,
      poverty: r.poverty,
      principal: r.principal,
      termMonths: r.termMonths,
      monthlyRateBp: r.monthlyRateBp,
      method: r.method,
      disbursedOn,
      payments,
      writtenOffOn: r.writeOffAfter === null ? null : addDays(disbursedOn, r.writeOffAfter),
    });
  });
const portfolio = fc.array(loanArb, { maxLength: 12 });
const asOf = fc.integer({ min: -10, max: 1_000 }).map((d) => addDays("2024-01-01", d));

/** PAR30 written straight from its definition, for comparison. */
function par30ByDefinition(loans: readonly LoanRecord[], on: string): number {
  let atRisk = 0;
  for (const loan of loans) {
    if (loan.disbursedOn > on || (loan.writtenOffOn !== null && loan.writtenOffOn <= on)) continue;
    const paid = (n: number) =>
      loan.repayments
        .filter((r) => r.paidOn <= on)
        .flatMap((r) => r.allocations)
        .filter((a) => a.number === n)
        .reduce((s, a) => s + a.principal + a.interest, 0);
    const late = loan.schedule.some(
      (i) => addDays(i.dueOn, 30) < on && paid(i.number) < i.principal + i.interest,
    );
    if (late) atRisk += outstandingPrincipal(loan, on);
  }
  return atRisk;
}

describe("measures over random portfolios", () => {
  it("PAR30 is the outstanding of loans more than 30 days late, within the portfolio", () => {
    fc.assert(
      fc.property(portfolio, asOf, (loans, on) => {
        const par = par30(loans, on);
        expect(par.denominator).toBe(portfolioOutstanding(loans, on));
        expect(par.numerator).toBe(par30ByDefinition(loans, on));
        expect(par.numerator).toBeLessThanOrEqual(par.denominator);
        if (par.denominator === 0) expect(par.ratio).toBeNull();
        else expect(par.ratio).toBeGreaterThanOrEqual(0);
        expect(portfolioAtRisk(loans, on, 0).numerator).toBeGreaterThanOrEqual(par.numerator);
        expect(portfolioAtRisk(loans, on, 90).numerator).toBeLessThanOrEqual(par.numerator);
      }),
      RUNS,
    );
  });

  it("outstanding principal stays within [0, principal], falls over time, and is 0 once written off", () => {
    fc.assert(
      fc.property(loanArb, asOf, fc.integer({ min: 0, max: 200 }), (loan, on, later) => {
        const now = outstandingPrincipal(loan, on);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(loan.principal);
        if (on >= loan.disbursedOn)
          expect(outstandingPrincipal(loan, addDays(on, later))).toBeLessThanOrEqual(now);
        if (loan.writtenOffOn !== null && loan.writtenOffOn <= on) expect(now).toBe(0);
        const arrears = loanArrears(loan, on);
        expect(arrears.daysOverdue > 0).toBe(arrears.overdueInstalments > 0);
      }),
      RUNS,
    );
  });

  it("the on-time rate counts what was due, never more than that as paid on time", () => {
    fc.assert(
      fc.property(portfolio, asOf, (loans, on) => {
        const rate = onTimeRepaymentRate(loans, on);
        expect(rate.numerator).toBeLessThanOrEqual(rate.denominator);
        expect(rate.ratio === null).toBe(rate.denominator === 0);
      }),
      RUNS,
    );
  });

  it("flows over a year are the sums of its months", () => {
    fc.assert(
      fc.property(portfolio, fc.constantFrom(2024, 2025, 2026), (loans, year) => {
        const months = monthsOf(yearPeriod(year));
        const disbursed = loansDisbursedIn(loans, yearPeriod(year));
        expect(months.reduce((s, m) => s + loansDisbursedIn(loans, m).amount, 0)).toBe(disbursed.amount);
        expect(months.reduce((s, m) => s + loansDisbursedIn(loans, m).count, 0)).toBe(disbursed.count);
        expect(months.reduce((s, m) => s + interestReceivedIn(loans, m), 0)).toBe(
          interestReceivedIn(loans, yearPeriod(year)),
        );
        expect(months.reduce((s, m) => s + writeOffsIn(loans, m).amount, 0)).toBe(
          writeOffsIn(loans, yearPeriod(year)).amount,
        );
        const borrowers = borrowersByPovertyStatus(loans, yearPeriod(year));
        expect(borrowers.poor + borrowers.near_poor + borrowers.none).toBe(borrowers.total);
        expect(borrowers.total).toBeLessThanOrEqual(disbursed.count);
      }),
      RUNS,
    );
  });

  it("every instalment paid on its due date is a rate of 1; every one a day late, 0", () => {
    fc.assert(
      fc.property(
        fc.record({
          principal: fc.integer({ min: 1_000, max: 20_000_000 }),
          termMonths: fc.integer({ min: 1, max: 12 }),
          monthlyRateBp: fc.integer({ min: 0, max: 150 }),
          method: fc.constantFrom<InterestMethod>("flat", "declining"),
          disbursedOn: fc.integer({ min: 0, max: 400 }).map((d) => addDays("2024-01-01", d)),
        }),
        fc.constantFrom(0, 1),
        (terms, delay) => {
          const schedule = loanSchedule(terms);
          const loan = makeLoan({
            ...terms,
            payments: schedule.map((i) => [i.principal + i.interest, addDays(i.dueOn, delay)] as const),
          });
          const end = addDays(schedule.at(-1)!.dueOn, 5);
          const rate = onTimeRepaymentRate([loan], end);
          expect(rate.ratio).toBe(delay === 0 ? 1 : 0);
          expect(outstandingPrincipal(loan, end)).toBe(0);
          expect(par30([loan], end).ratio).toBeNull();
        },
      ),
      RUNS,
    );
  });
});
