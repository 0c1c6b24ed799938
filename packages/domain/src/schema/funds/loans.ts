import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { POVERTY_STATUSES } from "../../enums";
import type { Instalment } from "../../funds/loan-schedule";
import { INTEREST_METHODS } from "../../funds/loan-schedule";
import type { InstalmentAllocation } from "../../funds/repayment";
import { clubs } from "../membership/clubs";
import { people } from "../membership/people";
import { LOAN_PURPOSES, LOAN_STATUSES } from "./vocab";

/** What a club lends on, from a date on: the latest version on or before a day applies. */
export const loanTerms = sqliteTable(
  "loan_terms",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    effectiveFrom: text("effective_from").notNull(),
    minAmount: integer("min_amount").notNull(),
    maxAmount: integer("max_amount").notNull(),
    termMonths: integer("term_months").notNull(),
    monthlyRateBp: integer("monthly_rate_bp").notNull(),
    method: text("method", { enum: INTEREST_METHODS }).notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("loan_terms_club_idx").on(t.clubId, t.effectiveFrom),
    check("loan_terms_amounts", sql`min_amount > 0 AND max_amount >= min_amount`),
  ],
);

/**
 * A loan from application to closing. `version` goes up with every change; a
 * batch that changes a loan starts with `version = CASE WHEN version = <read>
 * THEN <read> + 1 ELSE -1 END`, so a racing change makes the CHECK fail the
 * whole batch (the loser re-reads and tries again). `owed` is what remains of
 * principal + interest once disbursed; its CHECK refuses any over-repayment.
 */
export const loans = sqliteTable(
  "loans",
  {
    id: text("id").primaryKey(),
    clubId: text("club_id")
      .notNull()
      .references(() => clubs.id),
    personId: text("person_id")
      .notNull()
      .references(() => people.id),
    principal: integer("principal").notNull(),
    termMonths: integer("term_months").notNull(),
    monthlyRateBp: integer("monthly_rate_bp").notNull(),
    method: text("method", { enum: INTEREST_METHODS }).notNull(),
    purpose: text("purpose", { enum: LOAN_PURPOSES }).notNull(),
    purposeNote: text("purpose_note"),
    status: text("status", { enum: LOAN_STATUSES }).notNull(),
    appliedOn: text("applied_on").notNull(),
    appliedBy: text("applied_by").notNull(),
    approvedOn: text("approved_on"),
    approvedBy: text("approved_by"),
    disbursedOn: text("disbursed_on"),
    povertyStatusAtDisbursement: text("poverty_status_at_disbursement", { enum: POVERTY_STATUSES }),
    /** The instalments, fixed at disbursement. */
    schedule: text("schedule", { mode: "json" }).$type<Instalment[]>(),
    owed: integer("owed").notNull().default(0),
    closedOn: text("closed_on"),
    writtenOffOn: text("written_off_on"),
    writeOffReason: text("write_off_reason"),
    version: integer("version").notNull().default(0),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("loans_club_idx").on(t.clubId, t.status),
    index("loans_person_idx").on(t.personId),
    check("loans_version", sql`version >= 0`),
    check("loans_owed_not_negative", sql`owed >= 0`),
    check("loans_maker_checker", sql`approved_by IS NULL OR approved_by <> applied_by`),
    check("loans_principal", sql`principal > 0`),
  ],
);

/** A payment on a loan and how it was split over the instalments (oldest first, interest first). */
export const loanRepayments = sqliteTable(
  "loan_repayments",
  {
    id: text("id").primaryKey(),
    loanId: text("loan_id")
      .notNull()
      .references(() => loans.id),
    clubId: text("club_id").notNull(),
    entryId: text("entry_id").notNull(),
    paidOn: text("paid_on").notNull(),
    amount: integer("amount").notNull(),
    principal: integer("principal").notNull(),
    interest: integer("interest").notNull(),
    allocations: text("allocations", { mode: "json" }).$type<InstalmentAllocation[]>().notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("loan_repayments_loan_idx").on(t.loanId, t.paidOn),
    index("loan_repayments_club_idx").on(t.clubId, t.paidOn),
    check(
      "loan_repayments_split",
      sql`amount > 0 AND principal >= 0 AND interest >= 0 AND principal + interest = amount`,
    ),
  ],
);
