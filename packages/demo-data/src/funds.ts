/**
 * The demo province's money, in the seed province's proportions: every club holds both funds
 * (a revolving grant and an operating donation soon after founding), and 52 members, most of
 * them from poor or near-poor households, borrowed from their club's revolving fund in the
 * five years of the activities (June 2020 – May 2025), more than 400 million đồng in all. Most
 * repay each instalment on or just before its due date; a few loans are late on the reference
 * date and one was written off.
 *
 * Derived from the generated province alone (on a stream of its own, forked from the seed),
 * so adding it changes none of the other tables. Every entry is built by the domain's ledger
 * builders and every repayment allocated by the domain's rule, so the books balance.
 */
import {
  addDays,
  allocateRepayment,
  cashEffect,
  type GrantSource,
  grantReceived,
  type IdKind,
  type InterestMethod,
  type IsoDate,
  loanDisbursed,
  loanSchedule,
  loanWrittenOff,
  type NewJournalEntry,
  newId,
  type RepaymentRecord,
  repaymentReceived,
  scheduleTotals,
} from "@ishc/domain";
import {
  fundBalances,
  journalEntries,
  journalLines,
  loanRepayments,
  loans,
  loanTerms,
} from "@ishc/domain/schema";
import type { DemoProvince } from "./generate";
import { createRng } from "./random";
import { columnsOf, ROWS_PER_INSERT, sqlLiteral } from "./sql";
import { REFERENCE_DATE } from "./targets";

export const DEMO_LOANS = 52;
export const DEMO_LOANS_MIN_TOTAL = 410_000_000;
/** The first day a demo loan may be paid out: the five years of the published figures begin in June 2020. */
export const DEMO_LOANS_FROM: IsoDate = "2020-06-01";
/** Loans that stop being repaid two or three months before the reference date. */
export const DEMO_LATE_LOANS = 3;

type EntryRow = typeof journalEntries.$inferInsert;
type LineRow = typeof journalLines.$inferInsert;
type LoanRow = typeof loans.$inferInsert;
type RepaymentRow = typeof loanRepayments.$inferInsert;
type TermsRow = typeof loanTerms.$inferInsert;
type BalanceRow = typeof fundBalances.$inferInsert;

export interface DemoFunds {
  readonly loanTerms: TermsRow[];
  readonly loans: LoanRow[];
  readonly journalEntries: EntryRow[];
  readonly journalLines: LineRow[];
  readonly loanRepayments: RepaymentRow[];
  readonly fundBalances: BalanceRow[];
}

const msOf = (date: IsoDate) => Date.parse(`${date}T03:00:00.000Z`);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

export function demoFunds(data: DemoProvince): DemoFunds {
  const rng = createRng(data.seed).fork("funds");
  const ids = rng.fork("funds-ids");
  const id = (kind: IdKind, date: IsoDate) => newId(kind, msOf(date), ids.bytes);
  const maker = data.users.find((u) => u.role === "commune_officer")?.id ?? "usr_demo_maker";
  const checker = data.users.find((u) => u.role === "club_board")?.id ?? "usr_demo_checker";

  const out: DemoFunds = {
    loanTerms: [],
    loans: [],
    journalEntries: [],
    journalLines: [],
    loanRepayments: [],
    fundBalances: [],
  };
  const entriesByClub = new Map<string, NewJournalEntry[]>();
  const post = (
    clubId: string,
    entry: NewJournalEntry,
    refs: { source?: GrantSource; personId?: string } = {},
  ): string => {
    const entryId = id("journalEntry", entry.on);
    out.journalEntries.push({
      id: entryId,
      clubId,
      kind: entry.kind,
      on: entry.on,
      memo: entry.memo,
      source: refs.source ?? null,
      personId: refs.personId ?? null,
      loanId: entry.loanId,
      reversesId: null,
      createdAt: `${entry.on}T03:00:00.000Z`,
      createdBy: maker,
    });
    for (const [i, line] of entry.lines.entries()) {
      out.journalLines.push({
        entryId,
        lineNo: i + 1,
        clubId,
        account: line.account,
        side: line.side,
        amount: line.amount,
      });
    }
    entriesByClub.set(clubId, [...(entriesByClub.get(clubId) ?? []), entry]);
    return entryId;
  };

  // Both funds for every club, soon after it was founded.
  const clubs = [...data.clubs].sort(
    (a, b) => a.foundedOn.localeCompare(b.foundedOn) || a.id.localeCompare(b.id),
  );
  const lenders = clubs.filter((c) => c.foundedOn < "2023-01-01");
  const lenderIds = new Set(lenders.map((c) => c.id));
  for (const club of clubs) {
    const revolvingOn = addDays(club.foundedOn, 30);
    if (revolvingOn <= REFERENCE_DATE) {
      const source = rng.weighted<GrantSource>([
        ["peoples_committee", 5],
        ["association", 3],
        ["project", 2],
      ]);
      const amount = lenderIds.has(club.id) ? 40_000_000 : rng.int(10, 20) * 1_000_000;
      post(
        club.id,
        grantReceived({ on: revolvingOn, fund: "revolving", source, amount, memo: "Vốn quay vòng ban đầu" }),
        {
          source,
        },
      );
    }
    const operatingOn = addDays(club.foundedOn, 45);
    if (operatingOn <= REFERENCE_DATE) {
      const amount = rng.int(10, 30) * 100_000;
      post(
        club.id,
        grantReceived({
          on: operatingOn,
          fund: "operating",
          source: "private_donor",
          amount,
          memo: "Ủng hộ hoạt động câu lạc bộ",
        }),
        { source: "private_donor" },
      );
    }
  }

  // Each lending club's terms, from its founding.
  const terms = new Map<string, { termMonths: number; monthlyRateBp: number; method: InterestMethod }>();
  for (const club of lenders) {
    const t = {
      termMonths: rng.pick([10, 12, 12, 18]),
      monthlyRateBp: rng.pick([50, 60, 65, 70]),
      method: rng.pick<InterestMethod>(["flat", "declining"]),
    };
    terms.set(club.id, t);
    out.loanTerms.push({
      id: id("loanTerms", club.foundedOn),
      clubId: club.id,
      effectiveFrom: club.foundedOn,
      minAmount: 1_000_000,
      maxAmount: 15_000_000,
      ...t,
      createdAt: `${club.foundedOn}T03:00:00.000Z`,
    });
  }

  // 52 loans, each to a different active member, priority to poor and near-poor households.
  const peopleById = new Map(data.people.map((p) => [p.id, p]));
  const borrowed = new Set<string>();
  const draws = Array.from({ length: DEMO_LOANS }, () => {
    const club = rng.pick(lenders);
    const from = later(addDays(DEMO_LOANS_FROM, 14), addDays(club.foundedOn, 60));
    const span = Math.round((Date.parse("2025-05-10") - Date.parse(from)) / 86_400_000);
    return { club, on: addDays(from, rng.int(0, Math.max(span, 0))), principal: rng.int(12, 24) * 500_000 };
  }).sort((a, b) => a.on.localeCompare(b.on));
  let total = draws.reduce((s, d) => s + d.principal, 0);
  for (let i = 0; total < DEMO_LOANS_MIN_TOTAL; i = (i + 1) % draws.length) {
    draws[i]!.principal += 500_000;
    total += 500_000;
  }
  // Which loans fall behind: the last disbursed in mid-2024 to early 2025, and one of 2021 written off.
  const lateCandidates = draws
    .map((d, i) => [d, i] as const)
    .filter(([d]) => d.on >= "2024-06-01" && d.on <= "2025-01-31");
  const late = new Set(lateCandidates.slice(0, DEMO_LATE_LOANS).map(([, i]) => i));
  const writeOff = draws.findIndex((d) => d.on >= "2021-01-01" && d.on <= "2021-12-31");

  draws.forEach((draw, index) => {
    const { club, on, principal } = draw;
    const members = data.memberships.filter(
      (m) =>
        m.clubId === club.id &&
        m.joinedOn <= addDays(on, -7) &&
        (m.leftOn === null || m.leftOn === undefined || m.leftOn > on) &&
        !borrowed.has(m.personId),
    );
    const priority = members.filter((m) => peopleById.get(m.personId)?.povertyStatus !== "none");
    const pool = priority.length > 0 && rng.chance(0.8) ? priority : members;
    if (pool.length === 0) return;
    const person = peopleById.get(rng.pick(pool).personId)!;
    borrowed.add(person.id!);
    const t = terms.get(club.id)!;
    const loanId = id("loan", addDays(on, -7));
    const schedule = loanSchedule({ principal, ...t, disbursedOn: on });
    post(club.id, loanDisbursed({ on, loanId, amount: principal }), { personId: person.id! });

    const stopAfter =
      index === writeOff
        ? 3
        : late.has(index)
          ? schedule.filter((s) => s.dueOn <= addDays(REFERENCE_DATE, -75)).length
          : Infinity;
    const paid: RepaymentRecord[] = [];
    let owed = scheduleTotals(schedule).total as number;
    for (const instalment of schedule) {
      if (instalment.number > stopAfter) break;
      const paidOn = rng.chance(0.03)
        ? addDays(instalment.dueOn, rng.int(1, 20))
        : addDays(instalment.dueOn, -rng.int(0, 3));
      if (paidOn > REFERENCE_DATE) break;
      const amount = instalment.principal + instalment.interest;
      const allocated = allocateRepayment(schedule, paid, amount, paidOn);
      if (!allocated.ok) throw new Error(`demo repayment refused: ${JSON.stringify(allocated.error)}`);
      const entryId = post(
        club.id,
        repaymentReceived({
          on: paidOn,
          loanId,
          principal: allocated.value.principal,
          interest: allocated.value.interest,
        }),
        { personId: person.id! },
      );
      out.loanRepayments.push({
        id: id("repayment", paidOn),
        loanId,
        clubId: club.id,
        entryId,
        paidOn,
        amount,
        principal: allocated.value.principal,
        interest: allocated.value.interest,
        allocations: [...allocated.value.allocations],
        createdAt: `${paidOn}T03:00:00.000Z`,
      });
      paid.push({ paidOn, allocations: allocated.value.allocations });
      owed -= amount;
    }
    let status: LoanRow["status"] = owed === 0 ? "closed" : "active";
    let writtenOffOn: IsoDate | null = null;
    if (index === writeOff) {
      writtenOffOn = addDays(schedule[schedule.length - 1]!.dueOn, 90);
      const principalLeft =
        principal - paid.reduce((s, p) => s + p.allocations.reduce((a, x) => a + x.principal, 0), 0);
      post(club.id, loanWrittenOff({ on: writtenOffOn, loanId, amount: principalLeft }), {
        personId: person.id!,
      });
      status = "written_off";
      owed = 0;
    }
    out.loans.push({
      id: loanId,
      clubId: club.id,
      personId: person.id!,
      principal,
      ...t,
      purpose: rng.weighted<LoanRow["purpose"]>([
        ["livestock", 5],
        ["crops", 3],
        ["small_trade", 2],
        ["handicraft", 1],
      ]),
      purposeNote: null,
      status,
      appliedOn: addDays(on, -7),
      appliedBy: maker,
      approvedOn: addDays(on, -3),
      approvedBy: checker,
      disbursedOn: on,
      povertyStatusAtDisbursement: person.povertyStatus,
      schedule,
      owed,
      closedOn: status === "closed" ? paid[paid.length - 1]!.paidOn : null,
      writtenOffOn,
      writeOffReason: writtenOffOn ? "Hộ gia đình chuyển đi, không liên lạc được" : null,
      version: 0,
      createdAt: `${addDays(on, -7)}T03:00:00.000Z`,
    });
  });

  // A club whose loans outran its grant gets a top-up on the grant's day, so cash never goes below zero.
  for (const [clubId, entries] of entriesByClub) {
    const byDay = new Map<IsoDate, number>();
    for (const e of entries) byDay.set(e.on, (byDay.get(e.on) ?? 0) + cashEffect(e).revolving);
    let cash = 0;
    let lowest = 0;
    for (const day of [...byDay.keys()].sort()) {
      cash += byDay.get(day)!;
      lowest = Math.min(lowest, cash);
    }
    if (lowest < 0) {
      const first = [...entries].sort((a, b) => a.on.localeCompare(b.on))[0]!;
      const amount = Math.ceil(-lowest / 1_000_000) * 1_000_000;
      post(
        clubId,
        grantReceived({
          on: first.on,
          fund: "revolving",
          source: "association",
          amount,
          memo: "Bổ sung vốn quay vòng",
        }),
        {
          source: "association",
        },
      );
    }
  }

  for (const [clubId, entries] of entriesByClub) {
    const cash = { operating: 0, revolving: 0 };
    for (const e of entries) {
      const effect = cashEffect(e);
      cash.operating += effect.operating;
      cash.revolving += effect.revolving;
    }
    out.fundBalances.push(
      { clubId, fund: "operating", cash: cash.operating },
      { clubId, fund: "revolving", cash: cash.revolving },
    );
  }
  return out;
}

/** The funds tables in foreign-key order, as INSERT statements of at most ROWS_PER_INSERT rows. */
export function fundsSqlStatements(data: DemoProvince): string[] {
  const funds = demoFunds(data);
  const tables: [string, object, readonly object[]][] = [
    ["loan_terms", loanTerms, funds.loanTerms],
    ["loans", loans, funds.loans],
    ["journal_entries", journalEntries, funds.journalEntries],
    ["journal_lines", journalLines, funds.journalLines],
    ["loan_repayments", loanRepayments, funds.loanRepayments],
    ["fund_balances", fundBalances, funds.fundBalances],
  ];
  const statements: string[] = [];
  for (const [name, table, rows] of tables) {
    const columns = columnsOf(table);
    const head = `INSERT INTO "${name}" (${columns.map(([, sqlName]) => `"${sqlName}"`).join(", ")}) VALUES`;
    // At most ROWS_PER_INSERT rows, and well under D1's 100 KB a statement (loans carry their schedules).
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      if (batch.length > 0) statements.push(`${head}\n${batch.join(",\n")}`);
      batch = [];
      size = 0;
    };
    for (const row of rows) {
      const value = `(${columns.map(([key]) => sqlLiteral((row as Record<string, unknown>)[key])).join(", ")})`;
      if (batch.length === ROWS_PER_INSERT || size + value.length > 60_000) flush();
      batch.push(value);
      size += value.length + 2;
    }
    flush();
  }
  return statements;
}
