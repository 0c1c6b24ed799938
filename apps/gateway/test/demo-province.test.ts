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
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  ACTIVE_MEMBERS_TOTAL,
  CLUB_COUNT,
  CLUBS_FOUNDED_2017_2020,
  CLUBS_FOUNDED_2021_2025,
  generateDemoProvince,
  toSqlScript,
} from "@ishc/demo-data";
import { hashPassword } from "@ishc/edge-kit";
import { Miniflare, type WorkerOptions } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVICE_LIST } from "../src/index";
import { configOf, ROOT } from "./wrangler-config";

const MIGRATIONS_DIR = path.join(ROOT, "packages/domain/migrations");
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

type QueueConfig = {
  producers?: { binding: string; queue: string }[];
  consumers?: {
    queue: string;
    max_batch_size?: number;
    max_batch_timeout?: number;
    max_retries?: number;
    dead_letter_queue?: string;
  }[];
};

/** A dry-run bundle with the bindings its wrangler.jsonc declares: D1, service bindings, queues. */
function workerFromBundle(app: string, secret: string): WorkerOptions {
  const config = configOf(app) as ReturnType<typeof configOf> & { queues?: QueueConfig };
  const scriptPath = path.join(ROOT, "apps", app, "dist", "index.js");
  if (!existsSync(scriptPath)) {
    throw new Error(
      `${scriptPath} is missing: build first (\`npx turbo run test --filter=@ishc/gateway\` does)`,
    );
  }
  const d1 = config.d1_databases ?? [];
  const queues = config.queues ?? {};
  return {
    name: config.name,
    modules: true,
    scriptPath,
    modulesRoot: path.dirname(scriptPath),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    d1Databases: Object.fromEntries(d1.map((db) => [db.binding, db.database_id])),
    serviceBindings: Object.fromEntries((config.services ?? []).map((s) => [s.binding, s.service])),
    queueProducers: Object.fromEntries(
      (queues.producers ?? []).map((p) => [p.binding, { queueName: p.queue }]),
    ),
    queueConsumers: Object.fromEntries(
      (queues.consumers ?? []).map((c) => [
        c.queue,
        {
          ...(c.max_batch_size === undefined ? {} : { maxBatchSize: c.max_batch_size }),
          ...(c.max_batch_timeout === undefined ? {} : { maxBatchTimeout: c.max_batch_timeout }),
          ...(c.max_retries === undefined ? {} : { maxRetries: c.max_retries }),
          ...(c.dead_letter_queue === undefined ? {} : { deadLetterQueue: c.dead_letter_queue }),
        },
      ]),
    ),
    bindings: d1.length > 0 ? { JWT_SECRET: secret } : {},
  };
}

/** The migrations as wrangler applies them: files in order, statements split on drizzle's breakpoints. */
function migrationBatches(): string[][] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) =>
      readFileSync(path.join(MIGRATIONS_DIR, file), "utf8")
        .split("--> statement-breakpoint")
        .map((statement) => statement.trim())
        .filter((statement) => statement.length > 0),
    );
}

/** The seed script's statements: each ends with `;` at the end of a line, never inside a literal. */
const seedStatements = (script: string) =>
  script
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);

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
  const runsBefore = await count("SELECT count(*) AS n FROM report_runs");
  const reporting = await mf.getWorker(configOf("reporting").name);
  const outcome = await reporting.scheduled({ cron: "0 19 1 * *", scheduledTime: CRON_TIME });
  expect(outcome.outcome).toBe("ok");
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  let runId: string | undefined;
  for (;;) {
    const run = await db
      .prepare("SELECT id, units_queued AS queued FROM report_runs ORDER BY started_at DESC, id DESC LIMIT 1")
      .first<{ id: string; queued: number }>();
    if ((await count("SELECT count(*) AS n FROM report_runs")) > runsBefore && run) {
      runId = run.id;
      const done = await count(
        "SELECT count(*) AS n FROM report_run_items WHERE run_id = ? AND status = 'generated'",
        run.id,
      );
      if (done === run.queued) break;
    }
    if (Date.now() > deadline) {
      throw new Error(`the run ${runId ?? "(not recorded)"} was not consumed within ${DRAIN_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return runId;
}

beforeAll(async () => {
  const secret = randomBytes(32).toString("hex");
  mf = new Miniflare({
    workers: ["gateway", ...SERVICES].map((app) => workerFromBundle(app, secret)),
    d1Persist: false,
  });
  await mf.ready;
  db = (await mf.getD1Database("DB", configOf("reporting").name)) as unknown as D1Database;
  for (const statements of migrationBatches()) {
    await db.batch(statements.map((statement) => db.prepare(statement)));
  }
  seed = generateDemoProvince({ passwordHash: await hashPassword(PASSWORD) });
  const statements = seedStatements(toSqlScript(seed));
  for (let i = 0; i < statements.length; i += 50) {
    await db.batch(statements.slice(i, i + 50).map((statement) => db.prepare(statement)));
  }
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
