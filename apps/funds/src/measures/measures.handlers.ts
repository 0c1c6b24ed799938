import {
  borrowersByPovertyStatus,
  grantsReceivedIn,
  holdsBothFunds,
  loanArrears,
  loansDisbursedIn,
  loansInArrears,
  onTimeRepaymentRate,
  outstandingPrincipal,
  par30,
  portfolioOutstanding,
  rangePeriod,
  repaidIn,
  shareOfMembersWhoBorrowed,
  suppressSmallCells,
  vietnamDate,
  writeOffsIn,
} from "@ishc/domain";
import { inScope, invalidField, type RouteHandler, requireWriter } from "@ishc/edge-kit";
import {
  clubsWithin,
  disbursedLoansWithin,
  entriesWithin,
  type LineRow,
  linesWithin,
  membershipsWithin,
  orgUnitById,
  repaymentsWithin,
  toJournalEntries,
  toLoanRecords,
} from "@ishc/queries";
import type * as routes from "./measures.routes";

export const getFundMeasures: RouteHandler<typeof routes.getFundMeasures> = async (
  { user, db, read },
  { params, query },
) => {
  const on = query.on ?? vietnamDate();
  const from = query.from ?? `${on.slice(0, 4)}-01-01`;
  if (from > on)
    throw invalidField("query.from", `must not be after on (${on})`, "range_inverted", { from, to: on });
  const root = { org: params.id };
  const [units, clubRows, loanRows, repayments, memberships, entries, lines] = await read(
    orgUnitById(db, params.id),
    clubsWithin(db, root),
    disbursedLoansWithin(db, root),
    repaymentsWithin(db, root),
    membershipsWithin(db, root),
    entriesWithin(db, root),
    linesWithin(db, root),
  );
  inScope(user, units, "org unit");
  const loans = toLoanRecords(loanRows, repayments);
  const journal = toJournalEntries(entries, lines as LineRow[]);
  const period = rangePeriod(from, on);
  const byPoverty = borrowersByPovertyStatus(loans, period);
  const byClub = new Map<string, typeof journal>();
  for (const e of journal) byClub.set(e.clubId, [...(byClub.get(e.clubId) ?? []), e]);
  return {
    orgUnitId: params.id,
    on,
    period: { from, to: on },
    clubs: clubRows.length,
    clubsHoldingBothFunds: clubRows.filter((c) => holdsBothFunds(byClub.get(c.id) ?? [], on)).length,
    loansOutstanding: loans.filter((loan) => outstandingPrincipal(loan, on) > 0).length,
    outstandingPrincipal: portfolioOutstanding(loans, on),
    par30: par30(loans, on),
    onTimeRepaymentRate: onTimeRepaymentRate(loans, on),
    loansInArrears: loansInArrears(loans, on),
    disbursed: loansDisbursedIn(loans, period),
    borrowersByPovertyStatus: user.role === "viewer" ? publishBorrowers(byPoverty) : byPoverty,
    repaid: repaidIn(loans, period),
    writeOffs: writeOffsIn(loans, period),
    shareOfMembersWhoBorrowed: shareOfMembersWhoBorrowed(memberships, loans, on),
    grants: grantsReceivedIn(journal, period),
  };
};

/** Poverty status is sensitive: viewers see groups under 5 borrowers as "<5" (and no count that gives one away). */
function publishBorrowers({ total, ...byStatus }: ReturnType<typeof borrowersByPovertyStatus>) {
  const published = suppressSmallCells(total, byStatus);
  return { ...published.parts, total: published.total };
}

export const listArrears: RouteHandler<typeof routes.listArrears> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "see borrowers in arrears by name; viewers see the counts in the measures");
  const on = query.on ?? vietnamDate();
  const root = { org: params.id };
  const [units, loanRows, repayments] = await read(
    orgUnitById(db, params.id),
    disbursedLoansWithin(db, root),
    repaymentsWithin(db, root),
  );
  inScope(user, units, "org unit");
  const names = new Map(loanRows.map((l) => [l.id, l.borrowerName]));
  const items = toLoanRecords(loanRows, repayments)
    .map((loan) => ({ loan, arrears: loanArrears(loan, on) }))
    .filter(({ arrears }) => arrears.overdueInstalments > 0)
    .map(({ loan, arrears }) => ({
      loanId: loan.id,
      clubId: loan.clubId,
      personId: loan.borrowerId,
      borrowerName: names.get(loan.id) ?? "",
      outstanding: outstandingPrincipal(loan, on),
      ...arrears,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.loanId.localeCompare(b.loanId));
  return { on, items };
};
