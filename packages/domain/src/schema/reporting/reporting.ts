import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { orgUnits } from "../membership/org";

/**
 * What the reporting service keeps: its own tables only. It reads the other
 * services' tables through @ishc/queries and never writes them.
 */

/**
 * One org unit's own figures for one period (a club's members, meetings,
 * loans and activities; an association level's own activities), before any
 * rolling up: flows over the period and stocks at its end, as JSON
 * (`UnitFacts` in the domain). The scheduled consumer keeps one row per unit
 * and month (and per quarter, year and "all history to a month's end"), so a
 * report for a province and a year merges one row per club instead of
 * scanning every member, meeting, loan and activity. Recomputing replaces the row.
 */
export const reportUnitFacts = sqliteTable(
  "report_unit_facts",
  {
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    /** `2025-05`, `2025-Q2`, `2025`, `..2025-05-31` (all history to that day). */
    period: text("period").notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    facts: text("facts", { mode: "json" }).notNull(),
    computedAt: text("computed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.period] }),
    index("report_unit_facts_period_idx").on(t.period),
  ],
);

/**
 * A stored report: the indicator set of an org unit's subtree for a period,
 * exact (suppression for viewers is applied when it is read). One per unit and
 * period: regenerating replaces it.
 */
export const reportSnapshots = sqliteTable(
  "report_snapshots",
  {
    orgUnitId: text("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    period: text("period").notNull(),
    periodKind: text("period_kind", { enum: ["month", "quarter", "year", "range", "history"] }).notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    /** The org path of the unit when it was generated, for scope checks on lists. */
    path: text("path").notNull(),
    report: text("report", { mode: "json" }).notNull(),
    generatedAt: text("generated_at").notNull(),
    runId: text("run_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.period] }),
    index("report_snapshots_path_idx").on(t.path, t.period),
  ],
);

/** A run of the scheduled generation (or an officer's request): which periods, how many units. */
export const reportRuns = sqliteTable(
  "report_runs",
  {
    id: text("id").primaryKey(),
    trigger: text("trigger", { enum: ["cron", "request"] }).notNull(),
    cron: text("cron"),
    periods: text("periods", { mode: "json" }).$type<string[]>().notNull(),
    unitsQueued: integer("units_queued").notNull(),
    requestedBy: text("requested_by"),
    startedAt: text("started_at").notNull(),
  },
  (t) => [index("report_runs_started_idx").on(t.startedAt)],
);

/** What a run did for each unit: generated, or failed with the error (a retry that succeeds replaces it). */
export const reportRunItems = sqliteTable(
  "report_run_items",
  {
    runId: text("run_id")
      .notNull()
      .references(() => reportRuns.id),
    orgUnitId: text("org_unit_id").notNull(),
    status: text("status", { enum: ["generated", "failed"] }).notNull(),
    periods: text("periods", { mode: "json" }).$type<string[]>().notNull(),
    attempts: integer("attempts").notNull(),
    error: text("error"),
    at: text("at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.orgUnitId] }),
    check("report_run_items_attempts", sql`attempts >= 1`),
  ],
);
