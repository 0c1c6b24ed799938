/**
 * The seeded demo province in the stack as it ships: the five dry-run bundles on
 * the Miniflare API with one D1 database holding the real migrations and the demo
 * seed (`packages/demo-data`, the SQL `npm run dev` loads), and the reporting
 * worker's queue and cron as its wrangler.jsonc declares them.
 *
 *  - The province's report for June 2020 – May 2025 gives the figures of the
 *    seed province's published table (../shared/domain.md), each checked against
 *    what the seed was built to hold.
 *  - The cron, run as on 2 June 2025 in Vietnam, queues one message per org unit;
 *    once the consumer has drained them there is one snapshot per unit and period,
 *    and a second run leaves the same count. The stored reports merge to the live
 *    figures.
 */
import {
  ACTIVE_MEMBERS_TOTAL,
  CLUB_COUNT,
  CLUBS_FOUNDED_2017_2020,
  CLUBS_FOUNDED_2021_2025,
  generateDemoProvince,
  toSqlScript,
} from "@ishc/demo-data";
import { hashPassword } from "@ishc/edge-kit";
import { SERVICE_LIST } from "@ishc/gateway";
import type { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  runCronAndDrain as drainRun,
  type StackDatabase,
  seedStatements,
  startStack,
} from "../../../infra/lib/stack.mjs";

const ORIGIN = "http://localhost:8787";
const SERVICES = SERVICE_LIST.map((service) => service.name);
const PASSWORD = "demo-province-test";
const ADMIN = "admin@langson.demo";
/** The five years the seed's activities and loans cover, as a report period. */
const FIVE_YEARS = "2020-06-01..2025-05-31";
/** The seed's "today" is 2025-05-31: the monthly run the day after, 19:00 UTC on 1 June (2 June in Vietnam). */
const CRON_TIME = new Date("2025-06-01T19:00:00.000Z");
/** What that run generates: the month just ended and all history to its last day. */
const CRON_PERIODS = ["2025-05", "..2025-05-31"];
/** How long the consumer may take to drain a run (batches of 10 every 2 s at most, on a busy machine). */
const DRAIN_TIMEOUT_MS = 90_000;

type Indicator = {
  id: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  breakdown?: Record<string, Record<string, number>>;
};
type Report = {
  source: "live" | "stored";
  period: { label: string; start: string; end: string };
  indicators: Indicator[];
  clubs: { clubId: string }[];
};

let mf: Miniflare;
let db: D1Database;
let stackDb: StackDatabase;
let token: string;
let provinceId: string;
let unitCount: number;
let seed: ReturnType<typeof generateDemoProvince>;

const get = (pathname: string) =>
  mf.dispatchFetch(`${ORIGIN}${pathname}`, { headers: { authorization: `Bearer ${token}` } });

async function report(unitId: string, query: string): Promise<Report> {
  const res = await get(`/reporting/org-units/${unitId}/report?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Report;
}

const byId = (r: Report) => new Map(r.indicators.map((i) => [i.id, i]));

const count = async (sql: string, ...params: unknown[]) =>
  Number(
    (
      await db
        .prepare(sql)
        .bind(...params)
        .first<{ n: number }>()
    )?.n ?? 0,
  );

/** Runs the reporting worker's cron as on CRON_TIME and waits, bounded, for its run's messages to be consumed. */
async function runCronAndDrain(): Promise<string> {
  const run = await drainRun(mf, stackDb, { scheduledTime: CRON_TIME, timeoutMs: DRAIN_TIMEOUT_MS });
  return run.runId;
}

beforeAll(async () => {
  seed = generateDemoProvince({ passwordHash: await hashPassword(PASSWORD) });
  const stack = await startStack({ apps: ["gateway", ...SERVICES], seed: seedStatements(toSqlScript(seed)) });
  mf = stack.mf;
  stackDb = stack.db;
  db = stack.db as unknown as D1Database;
  provinceId = seed.orgUnits.find((u) => u.kind === "province")!.id;
  unitCount = seed.orgUnits.length;

  const res = await mf.dispatchFetch(`${ORIGIN}/membership/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: ADMIN, password: PASSWORD }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  token = ((await res.json()) as { accessToken: string }).accessToken;
});

afterAll(async () => {
  await mf?.dispose();
});

describe("the seeded demo province", () => {
  it("reports June 2020 – May 2025 with the published table's figures", async () => {
    const r = await report(provinceId, `period=${FIVE_YEARS}&lang=en`);
    expect(r.source).toBe("live");
    expect(r.period).toMatchObject({ start: "2020-06-01", end: "2025-05-31" });
    const v = byId(r);
    const value = (id: string) => v.get(id)?.value;
    const breakdown = (id: string, dimension: string) => v.get(id)?.breakdown?.[dimension] ?? {};

    // Clubs in the province: 46, 20 founded 2017–2020 and 26 in 2021–2025; members: 2,471.
    expect(value("clubs")).toBe(CLUB_COUNT);
    expect(breakdown("clubs", "founding_period")).toEqual({
      "2017-2020": CLUBS_FOUNDED_2017_2020,
      "2021-2025": CLUBS_FOUNDED_2021_2025,
    });
    expect(breakdown("clubs", "status")).toMatchObject({ active: CLUB_COUNT });
    expect(r.clubs).toHaveLength(CLUB_COUNT);
    expect(value("members")).toBe(ACTIVE_MEMBERS_TOTAL);

    // Revolving-fund loans: 52 borrowers, > 400 million đồng, most of poor or near-poor households
    // (the rest ethnic-minority or living alone); the same as the raw rows hold.
    const loans = await db
      .prepare(
        "SELECT count(*) AS n, count(DISTINCT person_id) AS people, sum(principal) AS amount FROM loans WHERE disbursed_on BETWEEN ? AND ?",
      )
      .bind("2020-06-01", "2025-05-31")
      .first<{ n: number; people: number; amount: number }>();
    expect(value("borrowers")).toBe(52);
    expect(value("borrowers")).toBe(loans?.people);
    expect(value("loans_disbursed")).toBe(loans?.n);
    expect(value("amount_disbursed")).toBe(loans?.amount);
    expect(value("amount_disbursed")).toBeGreaterThan(400_000_000);
    const byStatus = breakdown("borrowers", "poverty_status");
    expect((byStatus.poor ?? 0) + (byStatus.near_poor ?? 0) + (byStatus.none ?? 0)).toBe(52);
    expect((byStatus.poor ?? 0) + (byStatus.near_poor ?? 0)).toBeGreaterThan(52 * 0.6);

    // Labour days (five years): 895 for single-parent households, 155 of storm and flood clean-up.
    const purpose = breakdown("labour_days", "purpose");
    expect(purpose.single_parent_household).toBe(895);
    expect((purpose.storm ?? 0) + (purpose.flood ?? 0)).toBe(155);

    // Community-service sessions and cultural and sports activities: more than 300 each.
    expect(value("community_service_sessions")).toBe(312);
    expect(value("culture_sports_sessions")).toBe(326);
    expect(breakdown("activities", "area").culture_sports).toBe(326);

    // The province association's courses: 5, with more than 600 trainee places.
    expect(value("training_courses")).toBe(5);
    expect(value("trainee_places")).toBe(618);

    // Communication: 33 news items and articles, 5 reports.
    expect(breakdown("communications", "kind")).toEqual({ news_item: 20, article: 13, report: 5 });
    expect(value("communications")).toBe(38);

    // Every club holds both funds (Decision 1336).
    expect(value("clubs_both_funds")).toBe(CLUB_COUNT);
    expect(value("target_both_funds")).toBe(1);
  });

  it("snapshots every org unit once per period when the cron's queue is drained, and again the same", async () => {
    const runId = await runCronAndDrain();
    const snapshots = () => count("SELECT count(*) AS n FROM report_snapshots");
    const expected = unitCount * CRON_PERIODS.length;
    expect(await snapshots()).toBe(expected);
    const perUnit = await db
      .prepare(
        "SELECT count(DISTINCT org_unit_id) AS units, group_concat(DISTINCT period) AS periods, max(n) AS most FROM (SELECT org_unit_id, period, count(*) AS n FROM report_snapshots GROUP BY org_unit_id, period)",
      )
      .first<{ units: number; periods: string; most: number }>();
    expect(perUnit?.units).toBe(unitCount);
    expect(perUnit?.periods.split(",").sort()).toEqual([...CRON_PERIODS].sort());
    expect(perUnit?.most).toBe(1);
    expect(await count("SELECT count(*) AS n FROM report_snapshots WHERE run_id = ?", runId)).toBe(expected);

    const again = await runCronAndDrain();
    expect(again).not.toBe(runId);
    expect(await snapshots()).toBe(expected);
    expect(await count("SELECT count(*) AS n FROM report_snapshots WHERE run_id = ?", again)).toBe(expected);
    expect(await count("SELECT count(*) AS n FROM report_unit_facts")).toBe(expected);
    expect(await count("SELECT count(*) AS n FROM report_run_items WHERE status <> 'generated'")).toBe(0);

    // The stored reports say what the records say.
    for (const period of CRON_PERIODS) {
      const stored = await report(provinceId, `period=${period}`);
      const live = await report(provinceId, `period=${period}&fresh=true`);
      expect(stored.source).toBe("stored");
      expect(live.source).toBe("live");
      expect(stored.indicators).toEqual(live.indicators);
      const res = await get(
        `/reporting/org-units/${provinceId}/snapshot?period=${encodeURIComponent(period)}`,
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as Report).indicators).toEqual(live.indicators);
    }
  });
});
