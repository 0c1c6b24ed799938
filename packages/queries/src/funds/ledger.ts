import type { Account, EntryKind, GrantSource, JournalEntry, Side } from "@ishc/domain";
import { feeMonths, fundBalances, journalEntries, journalLines, orgUnits } from "@ishc/domain/schema";
import { type Database, withinSubtree } from "@ishc/edge-kit";
import { and, asc, eq, gt, lte, type SQL, sql } from "drizzle-orm";

/*
 * A club's books, read for balances, the trial balance, statements and the
 * measures. Each loader is a query builder, to go in one D1 batch with the
 * rest of a request's reads; `toJournalEntries` joins entries and lines.
 */

export const entryColumns = {
  id: journalEntries.id,
  clubId: journalEntries.clubId,
  kind: journalEntries.kind,
  on: journalEntries.on,
  memo: journalEntries.memo,
  source: journalEntries.source,
  personId: journalEntries.personId,
  loanId: journalEntries.loanId,
  reversesId: journalEntries.reversesId,
};

export const lineColumns = {
  entryId: journalLines.entryId,
  lineNo: journalLines.lineNo,
  account: journalLines.account,
  side: journalLines.side,
  amount: journalLines.amount,
};

/** A club's entries dated on or before `asOf` (all when omitted), oldest first. */
export const clubEntries = (db: Database, clubId: string, asOf?: string) =>
  db
    .select(entryColumns)
    .from(journalEntries)
    .where(and(eq(journalEntries.clubId, clubId), asOf ? lte(journalEntries.on, asOf) : undefined))
    .orderBy(asc(journalEntries.on), asc(journalEntries.id));

/** The lines of a club's entries (all of them: join with `clubEntries` to keep those dated by a day). */
export const clubLines = (db: Database, clubId: string) =>
  db.select(lineColumns).from(journalLines).where(eq(journalLines.clubId, clubId));

/** One entry with the path of its club, for `inScope`. */
export const entryById = (db: Database, id: string) =>
  db
    .select({ ...entryColumns, path: orgUnits.path })
    .from(journalEntries)
    .innerJoin(orgUnits, eq(orgUnits.id, journalEntries.clubId))
    .where(eq(journalEntries.id, id))
    .limit(1);

export const entryLines = (db: Database, entryId: string) =>
  db
    .select(lineColumns)
    .from(journalLines)
    .where(eq(journalLines.entryId, entryId))
    .orderBy(asc(journalLines.lineNo));

/** The entries of every club in a subtree (a unit by id: resolved in the same batch). */
export const entriesWithin = (db: Database, root: string | { org: string }) =>
  db
    .select(entryColumns)
    .from(journalEntries)
    .innerJoin(orgUnits, eq(orgUnits.id, journalEntries.clubId))
    .where(withinSubtree(orgUnits.path, root))
    .orderBy(asc(journalEntries.on), asc(journalEntries.id));

export const linesWithin = (db: Database, root: string | { org: string }) =>
  db
    .select(lineColumns)
    .from(journalLines)
    .innerJoin(orgUnits, eq(orgUnits.id, journalLines.clubId))
    .where(withinSubtree(orgUnits.path, root));

/**
 * A cash account's net movement (debits less credits) on each day after
 * `after`, oldest first: what a back-dated payment is checked against, read
 * through the (club, day) index, so its cost follows the days after `after`
 * and not the club's whole history. `clubId` may be a subquery.
 */
export const cashMovesAfter = (db: Database, clubId: string | SQL, account: Account, after: string) =>
  db
    .select({
      on: journalEntries.on,
      net: sql<number>`sum(CASE WHEN ${journalLines.side} = 'debit' THEN ${journalLines.amount} ELSE -${journalLines.amount} END)`.mapWith(
        Number,
      ),
    })
    .from(journalEntries)
    .innerJoin(journalLines, eq(journalLines.entryId, journalEntries.id))
    .where(
      and(eq(journalEntries.clubId, clubId), gt(journalEntries.on, after), eq(journalLines.account, account)),
    )
    .groupBy(journalEntries.on)
    .orderBy(asc(journalEntries.on));

/** Each fund's cash now (the running balance the batch guards keep). */
export const fundCash = (db: Database, clubId: string) =>
  db.select().from(fundBalances).where(eq(fundBalances.clubId, clubId));

/** The fee months a member paid in a club, with the entry that paid each. */
export const feeMonthsOf = (db: Database, clubId: string, personId: string) =>
  db
    .select()
    .from(feeMonths)
    .where(and(eq(feeMonths.clubId, clubId), eq(feeMonths.personId, personId)))
    .orderBy(asc(feeMonths.month));

export type EntryRow = {
  id: string;
  clubId: string;
  kind: EntryKind;
  on: string;
  memo: string | null;
  source: GrantSource | null;
  personId: string | null;
  loanId: string | null;
  reversesId: string | null;
};
export type LineRow = { entryId: string; lineNo: number; account: Account; side: Side; amount: number };

/** Entries with their lines, as the domain's ledger rules take them. */
export function toJournalEntries<E extends EntryRow>(
  entries: readonly E[],
  lines: readonly LineRow[],
): (JournalEntry & E)[] {
  const byEntry = new Map<string, LineRow[]>();
  for (const line of lines) {
    const list = byEntry.get(line.entryId) ?? [];
    list.push(line);
    byEntry.set(line.entryId, list);
  }
  return entries.map((e) => ({
    ...e,
    reverses: e.reversesId,
    lines: (byEntry.get(e.id) ?? [])
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((l) => ({ account: l.account, side: l.side, amount: l.amount as never })),
  }));
}
