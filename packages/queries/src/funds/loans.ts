import type { LoanRecord, PovertyStatus } from "@ishc/domain";
import { clubs, loanRepayments, loans, memberships, orgUnits, people } from "@ishc/domain/schema";
import { type Database, withinSubtree } from "@ishc/edge-kit";
import { and, asc, eq, getTableColumns, isNotNull } from "drizzle-orm";

/*
 * Loans, their repayments and the memberships the measures divide by, for a
 * club or a subtree of the org tree. The measures themselves are the domain's
 * pure functions (`par30`, `onTimeRepaymentRate`, …) over `toLoanRecords`.
 */

export const loanColumns = {
  ...getTableColumns(loans),
  borrowerName: people.fullName,
};

/** One loan with its borrower's name and the path of its club, for `inScope`. */
export const loanById = (db: Database, id: string) =>
  db
    .select({ ...loanColumns, path: orgUnits.path })
    .from(loans)
    .innerJoin(people, eq(people.id, loans.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, loans.clubId))
    .where(eq(loans.id, id))
    .limit(1);

export const repaymentsOfLoan = (db: Database, loanId: string) =>
  db
    .select()
    .from(loanRepayments)
    .where(eq(loanRepayments.loanId, loanId))
    .orderBy(asc(loanRepayments.paidOn), asc(loanRepayments.id));

export const clubLoans = (db: Database, clubId: string) =>
  db
    .select(loanColumns)
    .from(loans)
    .innerJoin(people, eq(people.id, loans.personId))
    .where(eq(loans.clubId, clubId))
    .orderBy(asc(loans.appliedOn), asc(loans.id));

export const clubRepayments = (db: Database, clubId: string) =>
  db
    .select()
    .from(loanRepayments)
    .where(eq(loanRepayments.clubId, clubId))
    .orderBy(asc(loanRepayments.paidOn), asc(loanRepayments.id));

export const memberLoans = (db: Database, clubId: string, personId: string) =>
  db
    .select(loanColumns)
    .from(loans)
    .innerJoin(people, eq(people.id, loans.personId))
    .where(and(eq(loans.clubId, clubId), eq(loans.personId, personId)))
    .orderBy(asc(loans.appliedOn), asc(loans.id));

/** Disbursed loans of every club in a subtree. */
export const disbursedLoansWithin = (db: Database, root: string | { org: string }) =>
  db
    .select(loanColumns)
    .from(loans)
    .innerJoin(people, eq(people.id, loans.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, loans.clubId))
    .where(and(withinSubtree(orgUnits.path, root), isNotNull(loans.disbursedOn)));

export const repaymentsWithin = (db: Database, root: string | { org: string }) =>
  db
    .select(getTableColumns(loanRepayments))
    .from(loanRepayments)
    .innerJoin(orgUnits, eq(orgUnits.id, loanRepayments.clubId))
    .where(withinSubtree(orgUnits.path, root));

/** Memberships of every club in a subtree, for the share of members who have borrowed. */
export const membershipsWithin = (db: Database, root: string | { org: string }) =>
  db
    .select({
      clubId: memberships.clubId,
      personId: memberships.personId,
      joinedOn: memberships.joinedOn,
      leftOn: memberships.leftOn,
    })
    .from(memberships)
    .innerJoin(orgUnits, eq(orgUnits.id, memberships.clubId))
    .where(withinSubtree(orgUnits.path, root));

/** The clubs in a subtree. */
export const clubsWithin = (db: Database, root: string | { org: string }) =>
  db
    .select({ id: clubs.id })
    .from(clubs)
    .innerJoin(orgUnits, eq(orgUnits.id, clubs.id))
    .where(withinSubtree(orgUnits.path, root));

type LoanRow = typeof loans.$inferSelect;
type RepaymentRow = typeof loanRepayments.$inferSelect;

/** Disbursed loans with their repayments, as the domain's measures take them. */
export function toLoanRecords(
  loanRows: readonly LoanRow[],
  repayments: readonly RepaymentRow[],
): LoanRecord[] {
  const byLoan = new Map<string, RepaymentRow[]>();
  for (const r of repayments) {
    const list = byLoan.get(r.loanId) ?? [];
    list.push(r);
    byLoan.set(r.loanId, list);
  }
  return loanRows
    .filter((loan) => loan.disbursedOn !== null && loan.schedule !== null)
    .map((loan) => ({
      id: loan.id,
      clubId: loan.clubId,
      borrowerId: loan.personId,
      povertyStatusAtDisbursement: (loan.povertyStatusAtDisbursement ?? "none") as PovertyStatus,
      disbursedOn: loan.disbursedOn!,
      principal: loan.principal as LoanRecord["principal"],
      schedule: loan.schedule!,
      repayments: (byLoan.get(loan.id) ?? []).map((r) => ({ paidOn: r.paidOn, allocations: r.allocations })),
      writtenOffOn: loan.writtenOffOn,
    }));
}
