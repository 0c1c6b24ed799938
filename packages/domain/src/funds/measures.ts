import type { PovertyStatus } from "../composition";
import { isMemberOn } from "../composition";
import type { IsoDate } from "../dates";
import { type Vnd, vnd } from "../money";
import { type Period, periodContains } from "../periods";
import {
  ACCOUNT_INFO,
  CASH_ACCOUNT,
  FUNDS,
  type Fund,
  GRANT_SOURCES,
  type GrantSource,
  type JournalEntry,
} from "./ledger";
import type { Instalment } from "./loan-schedule";
import { instalmentStandings, type RepaymentRecord } from "./repayment";
import { type Ratio, ratio } from "./result";

/**
 * The measures lenders and the ISHC targets use, as of any date D, over plain
 * records the funds worker loads. A date D means the end of that day: a payment
 * made on D counts on D. Every period is inclusive of its start and end.
 */

/** A loan as the worker loads it. */
export type LoanRecord = {
  readonly id: string;
  readonly clubId: string;
  readonly borrowerId: string;
  /** The borrower's household status on the day the loan was paid out. */
  readonly povertyStatusAtDisbursement: PovertyStatus;
  readonly disbursedOn: IsoDate;
  readonly principal: Vnd;
  readonly schedule: readonly Instalment[];
  readonly repayments: readonly RepaymentRecord[];
  readonly writtenOffOn: IsoDate | null;
};

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const isDisbursedBy = (loan: LoanRecord, on: IsoDate) => loan.disbursedOn <= on;
const isWrittenOffBy = (loan: LoanRecord, on: IsoDate) =>
  loan.writtenOffOn !== null && loan.writtenOffOn <= on;
/** Paid out and not written off: the loans whose balance is in the portfolio on `on`. */
const isLive = (loan: LoanRecord, on: IsoDate) => isDisbursedBy(loan, on) && !isWrittenOffBy(loan, on);

function principalRepaidBy(loan: LoanRecord, on: IsoDate): number {
  let repaid = 0;
  for (const repayment of loan.repayments) {
    if (repayment.paidOn > on) continue;
    for (const a of repayment.allocations) repaid += a.principal;
  }
  return repaid;
}

const sum = (amounts: Iterable<number>): Vnd => {
  let total = 0;
  for (const amount of amounts) total += amount;
  return vnd(total);
};

// ---------------------------------------------------------------------------
// Outstanding and arrears

/**
 * Principal still owed on `on`: 0 before disbursement and from the day of a
 * write-off (a written-off loan leaves the outstanding portfolio).
 */
export function outstandingPrincipal(loan: LoanRecord, on: IsoDate): Vnd {
  if (!isLive(loan, on)) return vnd(0);
  return vnd(Math.max(loan.principal - principalRepaidBy(loan, on), 0));
}

/** The outstanding portfolio: principal still owed on `on` over all loans. */
export function portfolioOutstanding(loans: readonly LoanRecord[], on: IsoDate): Vnd {
  return sum(loans.map((loan) => outstandingPrincipal(loan, on)));
}

export type OverdueInstalment = {
  readonly number: number;
  readonly dueOn: IsoDate;
  readonly principalUnpaid: Vnd;
  readonly interestUnpaid: Vnd;
  /** Days from the due date to `on`: 1 on the day after the due date. */
  readonly daysOverdue: number;
};

/**
 * The instalments with anything unpaid at the end of `on` whose due date has
 * passed (an instalment is not overdue on its due date). None for a loan not
 * yet paid out or written off by `on`.
 */
export function overdueInstalments(loan: LoanRecord, on: IsoDate): OverdueInstalment[] {
  if (!isLive(loan, on)) return [];
  return instalmentStandings(loan.schedule, loan.repayments, on)
    .filter((s) => s.dueOn < on && s.principalUnpaid + s.interestUnpaid > 0)
    .map((s) => ({ ...s, daysOverdue: daysBetween(s.dueOn, on) }));
}

export type Arrears = {
  readonly overdueInstalments: number;
  /** Days the oldest unpaid instalment is late; 0 when none is. */
  readonly daysOverdue: number;
  readonly principalOverdue: Vnd;
  readonly interestOverdue: Vnd;
};

export function loanArrears(loan: LoanRecord, on: IsoDate): Arrears {
  const overdue = overdueInstalments(loan, on);
  return {
    overdueInstalments: overdue.length,
    daysOverdue: overdue.reduce((most, s) => Math.max(most, s.daysOverdue), 0),
    principalOverdue: sum(overdue.map((s) => s.principalUnpaid)),
    interestOverdue: sum(overdue.map((s) => s.interestUnpaid)),
  };
}

/** Loans with any instalment overdue on `on`, and their outstanding principal. */
export function loansInArrears(
  loans: readonly LoanRecord[],
  on: IsoDate,
): { readonly count: number; readonly outstanding: Vnd } {
  const inArrears = loans.filter((loan) => overdueInstalments(loan, on).length > 0);
  return { count: inArrears.length, outstanding: portfolioOutstanding(inArrears, on) };
}

/**
 * Portfolio at risk: the outstanding principal of loans with any part of an
 * instalment unpaid MORE than `days` days after its due date, over the whole
 * outstanding principal. 30 days late is not at risk; 31 is.
 */
export function portfolioAtRisk(loans: readonly LoanRecord[], on: IsoDate, days: number): Ratio {
  let atRisk = 0;
  let outstanding = 0;
  for (const loan of loans) {
    const balance = outstandingPrincipal(loan, on);
    outstanding += balance;
    if (balance > 0 && overdueInstalments(loan, on).some((s) => s.daysOverdue > days)) atRisk += balance;
  }
  return ratio(vnd(atRisk), vnd(outstanding));
}

/** PAR30; ratio null when nothing is outstanding. */
export const par30 = (loans: readonly LoanRecord[], on: IsoDate): Ratio => portfolioAtRisk(loans, on, 30);

/**
 * On-time repayment rate: of the amount (principal + interest) of instalments
 * due on or before `on`, the share paid on or before each instalment's own due
 * date. A written-off loan counts only its instalments due on or before the
 * day it was written off. Ratio null when nothing has fallen due.
 */
export function onTimeRepaymentRate(loans: readonly LoanRecord[], on: IsoDate): Ratio {
  let due = 0;
  let onTime = 0;
  for (const loan of loans) {
    const lastDue = loan.writtenOffOn !== null && loan.writtenOffOn < on ? loan.writtenOffOn : on;
    for (const instalment of loan.schedule) {
      if (instalment.dueOn > lastDue) continue;
      const amount = instalment.principal + instalment.interest;
      due += amount;
      let paid = 0;
      for (const repayment of loan.repayments) {
        if (repayment.paidOn > instalment.dueOn) continue;
        for (const a of repayment.allocations)
          if (a.number === instalment.number) paid += a.principal + a.interest;
      }
      onTime += Math.min(paid, amount);
    }
  }
  return ratio(vnd(onTime), vnd(due));
}

// ---------------------------------------------------------------------------
// Flows in a period

export function loansDisbursedIn(
  loans: readonly LoanRecord[],
  period: Period,
): { readonly count: number; readonly amount: Vnd } {
  const disbursed = loans.filter((loan) => periodContains(period, loan.disbursedOn));
  return { count: disbursed.length, amount: sum(disbursed.map((loan) => loan.principal)) };
}

export type BorrowersByPoverty = Readonly<Record<PovertyStatus, number>> & { readonly total: number };

/**
 * Distinct borrowers with a loan paid out in the period, by household status at
 * disbursement; a borrower with several loans in the period counts once, under
 * the status of the earliest of them.
 */
export function borrowersByPovertyStatus(loans: readonly LoanRecord[], period: Period): BorrowersByPoverty {
  const first = new Map<string, LoanRecord>();
  for (const loan of loans) {
    if (!periodContains(period, loan.disbursedOn)) continue;
    const seen = first.get(loan.borrowerId);
    if (!seen || loan.disbursedOn < seen.disbursedOn) first.set(loan.borrowerId, loan);
  }
  const counts = { poor: 0, near_poor: 0, none: 0, total: first.size };
  for (const loan of first.values()) counts[loan.povertyStatusAtDisbursement] += 1;
  return counts;
}

/** Principal and interest repaid in the period (by the payments' dates). */
export function repaidIn(
  loans: readonly LoanRecord[],
  period: Period,
): { readonly principal: Vnd; readonly interest: Vnd } {
  let principal = 0;
  let interest = 0;
  for (const loan of loans)
    for (const repayment of loan.repayments) {
      if (!periodContains(period, repayment.paidOn)) continue;
      for (const a of repayment.allocations) {
        principal += a.principal;
        interest += a.interest;
      }
    }
  return { principal: vnd(principal), interest: vnd(interest) };
}

export const interestReceivedIn = (loans: readonly LoanRecord[], period: Period): Vnd =>
  repaidIn(loans, period).interest;

/**
 * Loans written off in the period and the principal written off: what was
 * still owed at the end of the write-off day.
 */
export function writeOffsIn(
  loans: readonly LoanRecord[],
  period: Period,
): { readonly count: number; readonly amount: Vnd } {
  let count = 0;
  let amount = 0;
  for (const loan of loans) {
    if (loan.writtenOffOn === null || !periodContains(period, loan.writtenOffOn)) continue;
    count += 1;
    amount += Math.max(loan.principal - principalRepaidBy(loan, loan.writtenOffOn), 0);
  }
  return { count, amount: vnd(amount) };
}

// ---------------------------------------------------------------------------
// ISHC targets

/** A membership as the worker loads it ([joinedOn, leftOn): active from the joining day, not on the leaving day). */
export type MembershipRecord = {
  readonly clubId: string;
  readonly personId: string;
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
};

/**
 * Share of members who have borrowed: memberships active on `on` whose person
 * has had a loan paid out by that same club on or before `on`, over memberships
 * active on `on`. Ratio null for no members.
 */
export function shareOfMembersWhoBorrowed(
  memberships: readonly MembershipRecord[],
  loans: readonly LoanRecord[],
  on: IsoDate,
): Ratio {
  const key = (clubId: string, personId: string) => `${clubId}\u0000${personId}`;
  const borrowed = new Set(
    loans.filter((loan) => loan.disbursedOn <= on).map((loan) => key(loan.clubId, loan.borrowerId)),
  );
  const active = new Set(memberships.filter((m) => isMemberOn(m, on)).map((m) => key(m.clubId, m.personId)));
  let count = 0;
  for (const member of active) if (borrowed.has(member)) count += 1;
  return ratio(count, active.size);
}

/**
 * Money received into a fund's cash by the end of `on`: every debit to its cash
 * account, leaving out reversals and the entries they undid by then.
 */
export function fundReceipts(entries: readonly JournalEntry[], fund: Fund, on: IsoDate): Vnd {
  const cash = CASH_ACCOUNT[fund];
  const undone = new Set<string>();
  for (const e of entries) if (e.reverses !== null && e.on <= on) undone.add(e.reverses);
  let received = 0;
  for (const e of entries) {
    if (e.on > on || e.reverses !== null || undone.has(e.id)) continue;
    for (const line of e.lines) if (line.account === cash && line.side === "debit") received += line.amount;
  }
  return vnd(received);
}

/** Whether a club holds both funds on `on`: each of its two funds has received money by then. Pass one club's entries. */
export function holdsBothFunds(clubEntries: readonly JournalEntry[], on: IsoDate): boolean {
  return FUNDS.every((fund) => fundReceipts(clubEntries, fund, on) > 0);
}

export type GrantsBySource = Readonly<Record<Fund, Readonly<Record<GrantSource, Vnd>>>> & {
  readonly total: Vnd;
};

/**
 * Grants and donations received in the period, by fund and source: credits to
 * the grant accounts less debits to them (a reversal in the period takes its
 * amount back out of the period it is dated in).
 */
export function grantsReceivedIn(entries: readonly JournalEntry[], period: Period): GrantsBySource {
  const by: Record<Fund, Record<GrantSource, number>> = {
    operating: Object.fromEntries(GRANT_SOURCES.map((s) => [s, 0])) as Record<GrantSource, number>,
    revolving: Object.fromEntries(GRANT_SOURCES.map((s) => [s, 0])) as Record<GrantSource, number>,
  };
  let total = 0;
  for (const e of entries) {
    if (!periodContains(period, e.on)) continue;
    for (const line of e.lines) {
      const info = ACCOUNT_INFO[line.account];
      if (info.kind !== "grant") continue;
      const source = line.account.slice(line.account.lastIndexOf(".") + 1) as GrantSource;
      const signed = line.side === "credit" ? line.amount : -line.amount;
      by[info.fund][source] += signed;
      total += signed;
    }
  }
  const asVnd = (r: Record<GrantSource, number>) =>
    Object.fromEntries(GRANT_SOURCES.map((s) => [s, vnd(r[s])])) as Record<GrantSource, Vnd>;
  return { operating: asVnd(by.operating), revolving: asVnd(by.revolving), total: vnd(total) };
}
