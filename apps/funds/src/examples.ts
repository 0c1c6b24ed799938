/**
 * Realistic examples for the OpenAPI document: one club of a Lạng Sơn commune.
 * Ids are real ids (fixed time and bytes), so every example passes the schemas.
 */
import { type IdKind, newId } from "@ishc/domain";

const bytes = (n: number) => () => Uint8Array.from({ length: 16 }, (_, i) => i * 7 + n);
const id = (kind: IdKind, n: number) => newId(kind, Date.UTC(2025, 0, 6, 2, n), bytes(n));

export const ids = {
  club: id("orgUnit", 3),
  commune: id("orgUnit", 2),
  hoa: id("person", 4),
  grantEntry: id("journalEntry", 1),
  expenseEntry: id("journalEntry", 2),
  disbursement: id("journalEntry", 3),
  repaymentEntry: id("journalEntry", 4),
  loan: id("loan", 5),
  repayment: id("repayment", 6),
  terms: id("loanTerms", 7),
  feeRate: id("feeRate", 8),
} as const;

export const grantEntryExample = {
  id: ids.grantEntry,
  clubId: ids.club,
  kind: "grant_received" as const,
  on: "2025-03-10",
  memo: "UBND xã hỗ trợ vốn quay vòng",
  source: "peoples_committee" as const,
  personId: null,
  loanId: null,
  reversesId: null,
  lines: [
    { account: "revolving.cash" as const, side: "debit" as const, amount: 30_000_000 },
    { account: "revolving.grants.peoples_committee" as const, side: "credit" as const, amount: 30_000_000 },
  ],
};

export const loanExample = {
  id: ids.loan,
  clubId: ids.club,
  personId: ids.hoa,
  borrowerName: "Hoàng Thị Hoa",
  principal: 6_000_000,
  termMonths: 12,
  monthlyRateBp: 50,
  method: "declining" as const,
  purpose: "livestock" as const,
  purposeNote: "Mua 2 con lợn giống",
  status: "active" as const,
  appliedOn: "2025-03-12",
  approvedOn: "2025-03-15",
  disbursedOn: "2025-03-20",
  povertyStatusAtDisbursement: "near_poor" as const,
  owed: 5_725_000,
  closedOn: null,
  writtenOffOn: null,
  writeOffReason: null,
};

export const repaymentExample = {
  id: ids.repayment,
  loanId: ids.loan,
  entryId: ids.repaymentEntry,
  paidOn: "2025-04-20",
  amount: 530_000,
  principal: 500_000,
  interest: 30_000,
  allocations: [{ number: 1, principal: 500_000, interest: 30_000 }],
};

const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  ratio: denominator === 0 ? null : numerator / denominator,
});
const sources = { peoples_committee: 0, association: 0, project: 0, private_donor: 0, other: 0 };

export const measuresExample = {
  orgUnitId: ids.commune,
  on: "2025-05-31",
  period: { from: "2025-01-01", to: "2025-05-31" },
  clubs: 4,
  clubsHoldingBothFunds: 3,
  loansOutstanding: 21,
  outstandingPrincipal: 96_500_000,
  par30: ratio(4_000_000, 96_500_000),
  onTimeRepaymentRate: ratio(41_380_000, 42_100_000),
  loansInArrears: { count: 2, outstanding: 6_500_000 },
  disbursed: { count: 9, amount: 48_000_000 },
  borrowersByPovertyStatus: { poor: 4, near_poor: 3, none: 2, total: 9 },
  repaid: { principal: 22_000_000, interest: 1_450_000 },
  writeOffs: { count: 0, amount: 0 },
  shareOfMembersWhoBorrowed: ratio(52, 231),
  grants: {
    operating: { ...sources, private_donor: 2_000_000 },
    revolving: { ...sources, peoples_committee: 30_000_000 },
    total: 32_000_000,
  },
};
