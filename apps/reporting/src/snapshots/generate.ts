import { closedPeriodsOn, parseReportPeriod, type ReportPeriod, vietnamDate } from "@ishc/domain";
import { orgUnits, reportRunItems, reportRuns, reportSnapshots, reportUnitFacts } from "@ishc/domain/schema";
import { runBatch } from "@ishc/edge-kit";
import { desc, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/d1";
import {
  type ComputedReport,
  computeReport,
  type Reader,
  reportFromStored,
  storedReportQueries,
  unitFactsFrom,
  unitFactsQueries,
} from "../reports/compute";

/**
 * Scheduled snapshots. The cron trigger (monthly, the day after a month ends
 * in Vietnam) records a run and enqueues one message per org unit, naming the
 * periods just closed: the month, its quarter and year when it closes them,
 * and all history to the month's end. The consumer computes each unit's own
 * facts (kept for merging) and its subtree's report (the snapshot) and
 * replaces what was stored for that unit and period: a redelivered or
 * regenerated message leaves one row, never two. Each unit's outcome is
 * recorded against the run, generated or failed with the error.
 */

export type ReportingBindings = {
  DB: D1Database;
  REPORT_QUEUE: Queue<SnapshotMessage>;
};

export type SnapshotMessage = { runId: string; orgUnitId: string; periods: string[] };

export type StoredReport = ComputedReport & {
  orgUnit: { id: string; name: string; kind: string };
  period: { label: string; kind: ReportPeriod["kind"]; start: string; end: string };
  asOf: string;
};

export const newRunId = () => `run_${crypto.randomUUID()}`;

/** A closed period from a stored label; null when it is not one (or has not ended by `today`). */
export function closedPeriod(label: string, today: string): ReportPeriod | null {
  const parsed = parseReportPeriod(label, today);
  if ("message" in parsed || parsed.period.end >= today) return null;
  return parsed.period;
}

const SEND_BATCH = 100;

/** The cron's work: one run, one message per org unit (deepest first, so clubs' facts tend to be stored before their communes roll up). */
export async function enqueueRun(
  env: ReportingBindings,
  options: {
    trigger: "cron" | "request";
    cron?: string;
    today?: string;
    units?: string[];
    periods?: ReportPeriod[];
    requestedBy?: string;
  },
  /** Writes the run's row (a request writes it in one batch with its audit row). */
  persist?: (run: typeof reportRuns.$inferInsert) => Promise<unknown>,
) {
  const db = drizzle(env.DB);
  const periods = options.periods ?? closedPeriodsOn(options.today ?? vietnamDate());
  const labels = periods.map((p) => p.label);
  const units =
    options.units ??
    (
      await db
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .orderBy(desc(sql`length(${orgUnits.path})`), orgUnits.path)
    ).map((u) => u.id);
  const runId = newRunId();
  const row = {
    id: runId,
    trigger: options.trigger,
    cron: options.cron ?? null,
    periods: labels,
    unitsQueued: units.length,
    requestedBy: options.requestedBy ?? null,
    startedAt: new Date().toISOString(),
  };
  await (persist ? persist(row) : db.insert(reportRuns).values(row));
  for (let i = 0; i < units.length; i += SEND_BATCH) {
    await env.REPORT_QUEUE.sendBatch(
      units.slice(i, i + SEND_BATCH).map((orgUnitId) => ({ body: { runId, orgUnitId, periods: labels } })),
    );
  }
  return { runId, periods: labels, unitsQueued: units.length };
}

type Statement = BatchItem<"sqlite">;

type StoredRows = Parameters<typeof reportFromStored>[0];

/**
 * One unit's facts and snapshot for each period of a message: one batch reads
 * the unit, its own raw records and its subtree's stored facts for every
 * period; its fresh facts stand in for its stored ones in the merge (as if
 * stored first); one batch writes the facts, the snapshots and the run's
 * record of it. Only a subtree whose facts are not all stored yet costs a
 * further read (its raw records, as a live report).
 */
export async function generateForUnit(env: ReportingBindings, message: SnapshotMessage, attempts: number) {
  const db = drizzle(env.DB);
  const run: Reader = (...statements) => runBatch(env.DB, statements);
  const today = vietnamDate();
  const now = new Date().toISOString();
  const unitId = message.orgUnitId;
  const periods = message.periods.map((label) => {
    const period = closedPeriod(label, today);
    if (!period) throw new Error(`${label} is not a closed period`);
    return period;
  });
  const reads = periods.map((period) => ({
    own: unitFactsQueries(db, unitId, period),
    stored: storedReportQueries(db, { rootId: unitId, start: period.start, end: period.end }, period.label),
  }));
  const [unitRows, ...results] = await run(
    db
      .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path })
      .from(orgUnits)
      .where(eq(orgUnits.id, unitId))
      .limit(1),
    ...reads.flatMap((r) => [...r.own, ...r.stored]),
  );
  const [unit] = unitRows as { id: string; name: string; kind: string; path: string }[];
  if (!unit) throw new Error(`no org unit ${unitId}`);
  const factWrites: Statement[] = [];
  const snapshotWrites: Statement[] = [];
  let at = 0;
  for (const [i, period] of periods.entries()) {
    const { own, stored: storedQueries } = reads[i]!;
    const ownRows = results.slice(at, at + own.length);
    const [versions, units, stored] = results.slice(
      at + own.length,
      at + own.length + storedQueries.length,
    ) as StoredRows;
    at += own.length + storedQueries.length;
    const facts = unitFactsFrom(ownRows, unit.id, period);
    let merged = stored;
    if (facts) {
      factWrites.push(
        db
          .insert(reportUnitFacts)
          .values({
            orgUnitId: unit.id,
            period: period.label,
            startsOn: period.start,
            endsOn: period.end,
            facts,
            computedAt: now,
          })
          .onConflictDoUpdate({
            target: [reportUnitFacts.orgUnitId, reportUnitFacts.period],
            set: { facts, startsOn: period.start, endsOn: period.end, computedAt: now },
          }),
      );
      // The unit's snapshot merges its fresh facts, as stored by the write below.
      if (units.some((u) => u.id === unit.id))
        merged = [
          ...stored.filter((s) => s.orgUnitId !== unit.id),
          { orgUnitId: unit.id, facts, computedAt: now },
        ];
    }
    const report =
      reportFromStored([versions, units, merged], unit.id, period, period.end, now)?.report ??
      (await computeReport(run, db, unit.id, period, period.end, { preferStored: false })).report;
    const snapshot: StoredReport = {
      ...report,
      orgUnit: { id: unit.id, name: unit.name, kind: unit.kind },
      period: { label: period.label, kind: period.kind, start: period.start, end: period.end },
      asOf: period.end,
    };
    snapshotWrites.push(
      db
        .insert(reportSnapshots)
        .values({
          orgUnitId: unit.id,
          period: period.label,
          periodKind: period.kind,
          startsOn: period.start,
          endsOn: period.end,
          path: unit.path,
          report: snapshot,
          generatedAt: now,
          runId: message.runId,
        })
        .onConflictDoUpdate({
          target: [reportSnapshots.orgUnitId, reportSnapshots.period],
          set: { report: snapshot, path: unit.path, generatedAt: now, runId: message.runId },
        }),
    );
  }
  await runBatch(env.DB, [
    ...factWrites,
    ...snapshotWrites,
    recordItem(db, message, "generated", attempts, null),
  ]);
}

export function recordItem(
  db: ReturnType<typeof drizzle>,
  message: SnapshotMessage,
  status: "generated" | "failed",
  attempts: number,
  error: string | null,
) {
  const at = new Date().toISOString();
  return db
    .insert(reportRunItems)
    .values({
      runId: message.runId,
      orgUnitId: message.orgUnitId,
      status,
      periods: message.periods,
      attempts,
      error,
      at,
    })
    .onConflictDoUpdate({
      target: [reportRunItems.runId, reportRunItems.orgUnitId],
      set: { status, attempts, error, at },
    });
}

/** The queue consumer: each message generated and acknowledged, or recorded as failed and retried. */
export async function consumeBatch(batch: MessageBatch<SnapshotMessage>, env: ReportingBindings) {
  for (const message of batch.messages) {
    try {
      await generateForUnit(env, message.body, message.attempts);
      message.ack();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      console.error(JSON.stringify({ level: "error", msg: "snapshot failed", ...message.body, error: text }));
      try {
        await runBatch(env.DB, [
          recordItem(drizzle(env.DB), message.body, "failed", message.attempts, text.slice(0, 500)),
        ]);
      } catch {
        // The run's record of a failure is best effort; the retry still happens.
      }
      message.retry();
    }
  }
}
