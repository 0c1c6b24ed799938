import { vietnamDate } from "@ishc/domain";
import { orgUnits, reportRunItems, reportRuns, reportSnapshots } from "@ishc/domain/schema";
import {
  AppError,
  inScope,
  invalidField,
  type RouteHandler,
  requireRole,
  requireWriter,
  withinSubtree,
} from "@ishc/edge-kit";
import { orgUnitById } from "@ishc/queries";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { presentReport } from "../reports/present";
import { answerIn, indicatorsAskedFor, lastClosedMonth } from "../reports/reports.handlers";
import { closedPeriod, enqueueRun, type ReportingBindings, type StoredReport } from "./generate";
import type * as routes from "./snapshots.routes";

type UnitRow = { id: string; name: string; kind: string; path: string };

export const listSnapshots: RouteHandler<typeof routes.listSnapshots> = async (
  { user, db, read },
  { params, query },
) => {
  const [units, rows] = await read(
    orgUnitById(db, params.id),
    db
      .select({
        orgUnitId: reportSnapshots.orgUnitId,
        name: orgUnits.name,
        period: reportSnapshots.period,
        periodKind: reportSnapshots.periodKind,
        startsOn: reportSnapshots.startsOn,
        endsOn: reportSnapshots.endsOn,
        generatedAt: reportSnapshots.generatedAt,
        runId: reportSnapshots.runId,
      })
      .from(reportSnapshots)
      .innerJoin(orgUnits, eq(orgUnits.id, reportSnapshots.orgUnitId))
      .where(
        and(
          withinSubtree(orgUnits.path, { org: params.id }),
          query.period ? eq(reportSnapshots.period, query.period) : undefined,
        ),
      )
      .orderBy(desc(reportSnapshots.endsOn), orgUnits.path, reportSnapshots.period)
      .limit(query.limit),
  );
  inScope(user, units, "org unit");
  return { items: rows };
};

export const getSnapshot: RouteHandler<typeof routes.getSnapshot> = async (
  { user, db, read },
  { params, query },
) => {
  const only = indicatorsAskedFor(query.indicators);
  const period = query.period ?? lastClosedMonth();
  const [units, rows] = await read(
    orgUnitById(db, params.id),
    db
      .select({ report: reportSnapshots.report })
      .from(reportSnapshots)
      .where(and(eq(reportSnapshots.orgUnitId, params.id), eq(reportSnapshots.period, period)))
      .limit(1),
  );
  const unit = inScope(user, units as UnitRow[], "org unit");
  const stored = rows[0]?.report as StoredReport | undefined;
  if (!stored) throw new AppError("NOT_FOUND", `No report of ${unit.name} for ${period} is stored`);
  const presented = presentReport(stored, {
    orgUnit: stored.orgUnit,
    period: { ...stored.period } as never,
    asOf: stored.asOf,
    lang: query.lang,
    viewer: user.role === "viewer",
    ...(only ? { only } : {}),
  });
  return answerIn(query.format, presented);
};

export const regenerateSnapshot: RouteHandler<typeof routes.regenerateSnapshot> = async (
  { user, db, read, write, audit, env },
  { params, body },
) => {
  requireWriter(user, "ask for reports to be regenerated");
  const [units] = await read(orgUnitById(db, params.id));
  const unit = inScope(user, units, "org unit");
  const period = closedPeriod(body.period, vietnamDate());
  if (!period)
    throw invalidField(
      "period",
      "must be a period that has ended: 2025-05, 2025-Q2, 2025, a range or ..2025-05-31",
      "closed_period_required",
    );
  const bindings = env as unknown as ReportingBindings;
  return enqueueRun(
    bindings,
    { trigger: "request", units: [unit.id], periods: [period], requestedBy: user.sub },
    (run) =>
      write([
        db.insert(reportRuns).values(run),
        audit({
          action: "regenerate",
          entity: "report_run",
          entityId: run.id,
          orgUnitId: unit.id,
          detail: { period: period.label },
        }),
      ]),
  );
};

export const listRuns: RouteHandler<typeof routes.listRuns> = async ({ user, db, read }, { query }) => {
  requireRole(user, ["province_admin", "national_admin"], "see generation runs");
  const [runs] = await read(
    db.select().from(reportRuns).orderBy(desc(reportRuns.startedAt)).limit(query.limit),
  );
  if (runs.length === 0) return { items: [] };
  const ids = runs.map((r) => r.id);
  const [counts, failures] = await read(
    db
      .select({
        runId: reportRunItems.runId,
        generated:
          sql<number>`sum(CASE WHEN ${reportRunItems.status} = 'generated' THEN 1 ELSE 0 END)`.mapWith(
            Number,
          ),
        failed: sql<number>`sum(CASE WHEN ${reportRunItems.status} = 'failed' THEN 1 ELSE 0 END)`.mapWith(
          Number,
        ),
      })
      .from(reportRunItems)
      .where(inArray(reportRunItems.runId, ids))
      .groupBy(reportRunItems.runId),
    db
      .select({
        runId: reportRunItems.runId,
        orgUnitId: reportRunItems.orgUnitId,
        attempts: reportRunItems.attempts,
        error: reportRunItems.error,
      })
      .from(reportRunItems)
      .where(and(inArray(reportRunItems.runId, ids), eq(reportRunItems.status, "failed"))),
  );
  const byRun = new Map(counts.map((c) => [c.runId, c]));
  return {
    items: runs.map((r) => ({
      ...r,
      generated: byRun.get(r.id)?.generated ?? 0,
      failed: byRun.get(r.id)?.failed ?? 0,
      failures: failures.filter((f) => f.runId === r.id).map(({ runId: _r, ...f }) => f),
    })),
  };
};
