import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACCOUNTS, ENTRY_KINDS, FUNDS, GRANT_SOURCES } from "../../funds/ledger";
import { clubs } from "../membership/clubs";
import { people } from "../membership/people";

/**
 * A club's books. Each money movement is one journal entry with balanced
 * lines (debits equal credits, integer đồng). Entries are never edited or
 * deleted: a mistake is undone by a reversal entry that points at it (at most
 * one reversal per entry: a unique index).
 */
export const journalEntries = sqliteTable(
  "journal_entries",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    kind: text("kind", { enum: ENTRY_KINDS }).notNull(),
    /** The day the money moved (Vietnam calendar date). */
    on: text("on_date").notNull(),
    memo: text("memo"),
    /** Grants and donations: who gave. */
    source: text("source", { enum: GRANT_SOURCES }),
    /** The member a fee came from or a loan entry concerns, for the member's statement. */
    personId: text("person_id").references(() => people.id),
    loanId: text("loan_id"),
    reversesId: text("reverses_id"),
    createdAt: text("created_at").notNull(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [
    index("journal_entries_club_idx").on(t.clubId, t.on),
    index("journal_entries_person_idx").on(t.personId),
    index("journal_entries_loan_idx").on(t.loanId),
    uniqueIndex("journal_entries_one_reversal").on(t.reversesId).where(sql`reverses_id IS NOT NULL`),
  ],
);

/** One line of an entry: an account of one fund, debited or credited a positive amount. */
export const journalLines = sqliteTable(
  "journal_lines",
  {
    entryId: text("entry_id")
      .notNull()
      .references(() => journalEntries.id),
    lineNo: integer("line_no").notNull(),
    clubId: text("club_id").notNull(),
    account: text("account", { enum: ACCOUNTS }).notNull(),
    side: text("side", { enum: ["debit", "credit"] }).notNull(),
    amount: integer("amount").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.lineNo] }),
    index("journal_lines_club_account_idx").on(t.clubId, t.account),
    check("journal_lines_positive", sql`amount > 0 AND amount <= 9007199254740991`),
    check("journal_lines_side", sql`side IN ('debit', 'credit')`),
  ],
);

/**
 * Each fund's cash now, kept in the same batch as every entry that moves it.
 * The CHECK is the guard against overdrawing a fund that holds under racing
 * requests (D1 has no interactive transactions): a batch that would take a
 * fund below zero fails whole, entry, key and audit row with it.
 */
export const fundBalances = sqliteTable(
  "fund_balances",
  {
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    fund: text("fund", { enum: FUNDS }).notNull(),
    cash: integer("cash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clubId, t.fund] }), check("fund_cash_not_negative", sql`cash >= 0`)],
);

/** The monthly member fee a club sets, from a month (YYYY-MM) on. */
export const feeRates = sqliteTable(
  "fee_rates",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    effectiveFrom: text("effective_from").notNull(),
    monthlyAmount: integer("monthly_amount").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("fee_rates_club_month").on(t.clubId, t.effectiveFrom),
    check("fee_rates_positive", sql`monthly_amount > 0`),
  ],
);

/** The months a fee entry paid for a member: a month is paid once (unique). */
export const feeMonths = sqliteTable(
  "fee_months",
  {
    clubId: text("club_id").notNull(),
    personId: text("person_id").notNull(),
    month: text("month").notNull(),
    entryId: text("entry_id")
      .notNull()
      .references(() => journalEntries.id),
    amount: integer("amount").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clubId, t.personId, t.month] }),
    index("fee_months_entry_idx").on(t.entryId),
  ],
);
