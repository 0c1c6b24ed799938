import {
  type ActivityRecord,
  type Evaluation,
  evaluateIndicators,
  factsOf,
  INDICATORS,
  liveContributions,
  type MemberRecord,
  type OrgUnitVersion,
  type ReportPeriod,
  storedContributions,
  type UnitFacts,
  type UnitInfo,
  type UnitRecords,
} from "@ishc/domain";
import { reportUnitFacts } from "@ishc/domain/schema";
import type { Database } from "@ishc/edge-kit";
import {
  type LineRow,
  type ReportScope,
  scopeRecordQueries,
  scopeUnits,
  scopeVersions,
  toJournalEntries,
  toLoanRecords,
  unitsUnderDuring,
} from "@ishc/queries";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";

type Statement = BatchItem<"sqlite">;
/** Runs statements in one D1 batch: `ctx.read` in a request (account check in front), `runBatch` in the consumer. */
export type Reader = (...statements: Statement[]) => Promise<unknown[]>;

/** This service's stored facts of a period label, for every unit of a scope. */
export const storedFactsQuery = (db: Database, scope: ReportScope, period: string) =>
  db
    .select({
      orgUnitId: reportUnitFacts.orgUnitId,
      facts: reportUnitFacts.facts,
      computedAt: reportUnitFacts.computedAt,
    })
    .from(reportUnitFacts)
    .where(
      and(
        eq(reportUnitFacts.period, period),
        sql`${reportUnitFacts.orgUnitId} IN ${unitsUnderDuring(scope)}` as SQL,
      ),
    );

type RecordRows = {
  [K in keyof ReturnType<typeof scopeRecordQueries>]: Awaited<ReturnType<typeof scopeRecordQueries>[K]>;
};

/** The raw rows of a scope grouped into each unit's records. */
export function recordsByUnit(units: readonly UnitInfo[], rows: RecordRows): Map<string, UnitRecords> {
  const [clubRows, statuses, members, meetings, loanRows, repayments, entries, lines, activities, visited] =
    rows;
  const group = <T, K>(items: readonly T[], key: (t: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of items) {
      const k = key(item);
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
    return map;
  };
  const clubsById = new Map(clubRows.map((c) => [c.id, c]));
  const statusesBy = group(statuses, (s) => s.clubId);
  const membersBy = group(members as unknown as MemberRecord[], (m) => m.clubId);
  const meetingsBy = group(meetings, (m) => m.clubId);
  const loansBy = group(toLoanRecords(loanRows, repayments), (l) => l.clubId);
  const journalBy = group(toJournalEntries(entries, lines as LineRow[]), (e) => e.clubId);
  const visitedBy = group(visited, (v) => v.activityId);
  const activitiesBy = group(activities, (a) => a.organiserId);
  const out = new Map<string, UnitRecords>();
  for (const unit of units) {
    const club = clubsById.get(unit.id);
    out.set(unit.id, {
      unitId: unit.id,
      club: club ? { foundedOn: club.foundedOn, statuses: statusesBy.get(unit.id) ?? [] } : null,
      members: membersBy.get(unit.id) ?? [],
      meetings: meetingsBy.get(unit.id) ?? [],
      loans: loansBy.get(unit.id) ?? [],
      journal: journalBy.get(unit.id) ?? [],
      activities: (activitiesBy.get(unit.id) ?? []).map(
        (a): ActivityRecord => ({
          startsOn: a.startsOn,
          area: a.area,
          typeCode: a.typeCode,
          purpose: a.purpose,
          sessions: a.sessions,
          participantCount: a.participantCount,
          labourHalfDays: a.labourHalfDays,
          communicationKind: a.communicationKind as ActivityRecord["communicationKind"],
          visited: (visitedBy.get(a.id) ?? []).map((v) => v.who),
        }),
      ),
    });
  }
  return out;
}

export type ComputedReport = Evaluation & {
  source: "live" | "stored";
  /** When the oldest stored facts were computed (stored), or now (live). */
  computedAt: string;
};

type UnitRow = { id: string; kind: string; name: string };

const unitInfos = (rows: readonly UnitRow[]): UnitInfo[] =>
  rows.map((u) => ({ id: u.id, name: u.name, isClub: u.kind === "club" }));

type StoredFactsRow = { orgUnitId: string; facts: unknown; computedAt: string };
type StoredRows = [OrgUnitVersion[], UnitRow[], StoredFactsRow[]];

/** What a report from stored facts reads: the tree as it stood, its units, their stored facts. */
export const storedReportQueries = (db: Database, scope: ReportScope, label: string) =>
  [scopeVersions(db, scope), scopeUnits(db, scope), storedFactsQuery(db, scope, label)] as const;

/** The report from stored facts, or null when they do not cover every unit of the scope. */
export function reportFromStored(
  [versions, units, stored]: StoredRows,
  rootId: string,
  period: ReportPeriod,
  asOf: string,
  now: string,
): { report: ComputedReport; units: UnitRow[] } | null {
  const byUnit = new Map(stored.map((s) => [s.orgUnitId, s.facts as UnitFacts]));
  const contributions = storedContributions(unitInfos(units), byUnit, versions, rootId, period.start, asOf);
  if (!contributions) return null;
  const computedAt = stored.reduce((oldest, s) => (s.computedAt < oldest ? s.computedAt : oldest), now);
  return {
    units,
    report: { ...evaluateIndicators(contributions, period.start, asOf), source: "stored", computedAt },
  };
}

/**
 * The indicators of `rootId`'s subtree for a period, stocks as of `asOf`.
 * With `preferStored`, one batch reads the facts this service stored for the
 * period and merges them (no raw rows) when they cover every unit; otherwise
 * (or when they do not) the raw records are read in one batch. `first` are
 * statements to run in the first batch (the scope check's loader); their
 * results come back in `head`.
 */
export async function computeReport(
  run: Reader,
  db: Database,
  rootId: string,
  period: ReportPeriod,
  asOf: string,
  options: { preferStored: boolean; first?: Statement[] },
): Promise<{ head: unknown[]; report: ComputedReport; units: UnitRow[] }> {
  const scope: ReportScope = { rootId, start: period.start, end: asOf };
  const first = options.first ?? [];
  const now = new Date().toISOString();
  if (options.preferStored && asOf === period.end) {
    const results = await run(...first, ...storedReportQueries(db, scope, period.label));
    const head = results.slice(0, first.length);
    const stored = reportFromStored(results.slice(first.length) as StoredRows, rootId, period, asOf, now);
    if (stored) return { head, ...stored };
    // Not all stored: the raw records (the head's checks have run already).
    const live = await liveReport(run, db, rootId, scope, period, asOf, []);
    return { ...live, head };
  }
  return liveReport(run, db, rootId, scope, period, asOf, first);
}

async function liveReport(
  run: Reader,
  db: Database,
  rootId: string,
  scope: ReportScope,
  period: ReportPeriod,
  asOf: string,
  first: Statement[],
) {
  const queries = scopeRecordQueries(db, scope);
  const results = await run(...first, scopeVersions(db, scope), scopeUnits(db, scope), ...queries);
  const head = results.slice(0, first.length);
  const [versions, units, ...rows] = results.slice(first.length) as [
    OrgUnitVersion[],
    UnitRow[],
    ...unknown[],
  ];
  const infos = unitInfos(units);
  const records = recordsByUnit(infos, rows as unknown as RecordRows);
  const contributions = liveContributions(infos, records, versions, rootId, period.start, asOf);
  return {
    head,
    units,
    records,
    report: {
      ...evaluateIndicators(contributions, period.start, asOf),
      source: "live" as const,
      computedAt: new Date().toISOString(),
    },
  };
}

/** What one unit's own facts for a period are computed from: its raw records alone. */
export const unitFactsQueries = (db: Database, unitId: string, period: ReportPeriod) => {
  const scope: ReportScope = { rootId: unitId, start: period.start, end: period.end, only: true };
  return [scopeUnits(db, scope), ...scopeRecordQueries(db, scope)] as const;
};

/** One unit's own facts for a period from the results of `unitFactsQueries` (what the consumer stores). */
export function unitFactsFrom(results: readonly unknown[], unitId: string, period: ReportPeriod) {
  const [units, ...rows] = results as [UnitRow[], ...unknown[]];
  const infos = unitInfos(units.filter((u) => u.id === unitId));
  const records = recordsByUnit(infos, rows as unknown as RecordRows).get(unitId);
  return records ? factsOf(records, period.start, period.end) : null;
}

export const ALL_INDICATOR_IDS = INDICATORS.map((i) => i.id);
