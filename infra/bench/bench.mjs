#!/usr/bin/env node
/**
 * `npm run bench`: how close the membership worker's reads, and the funds worker's retry-safe loan
 * repayment, come to raw D1 on the same runtime.
 *
 *   npm run bench [-- --runs 3 --duration 5 --warmup 1 --connections 10 --skip-build --skip-doc]
 *   npm run bench -- --bundle /elsewhere/dist/index.js   (measure another membership bundle; no build)
 *
 *  1. builds the membership and funds dry-run bundles (turbo → `wrangler deploy --dry-run --outdir dist`);
 *  2. writes the demo province's seed SQL (packages/demo-data) and its demo logins;
 *  3. starts ONE Miniflare (no `wrangler dev` proxy) holding the membership and funds bundles and
 *     four small baseline workers (infra/bench/workers), all bound to one D1 database in a temp
 *     dir, then applies the real migrations and the seed to it, plus loans for the write scenario;
 *  4. logs in through the membership worker as the province admin (a real account);
 *  5. per run, in sequence: a bare worker, a raw D1 point read, a raw member-list query, the
 *     membership reads, then a raw worker writing a repayment's rows in one D1 batch and the funds
 *     worker's POST /loans/{id}/repayments with a fresh Idempotency-Key each time — each with a
 *     fixed number of keep-alive connections, a warm-up and a measured window; each service
 *     figure is divided by its baseline from the same run;
 *  6. prints the medians over the runs and rewrites the generated part of docs/benchmarks.md.
 *
 * Exits non-zero with a message if the bundle is missing, a setup step fails, or any request
 * answers non-2xx (the first answer of every scenario is also checked for its content).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { wranglerConfigOf } from "../lib/jsonc.mjs";
import { startStack } from "../lib/stack.mjs";
import { runLoad } from "./load.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BENCH = path.join(ROOT, "infra/bench");
const TURBO = path.join(ROOT, "node_modules/turbo/bin/turbo");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const SEED_SCRIPT = path.join(ROOT, "packages/demo-data/src/write-seed-sql.ts");
const DOC = path.join(ROOT, "docs/benchmarks.md");
const APP = "membership";
const PAGE = 50;
const AIM_RATIO = 0.8;
const AIM_P99_MS = 60;
const FUNDS_APP = "funds";
/** The retry-safe repayment (a read batch, then a write batch) against one raw write batch. */
const WRITE_AIM_RATIO = 0.6;
/** Loans made for the write scenarios, each side its own (so the raw side's rows do not slow the service's reads). */
const BENCH_LOANS = 400;
const REPAYMENT = 1000;
/** Above this 1-minute load average before the load begins, the doc says the machine was busy. */
const BUSY_LOAD = 1.5;
const GENERATED_MARK = "<!-- Everything below is written by `npm run bench`; edit above this line only. -->";

class BenchFailed extends Error {}

const say = (line = "") => process.stdout.write(`${line}\n`);
const rel = (file) => path.relative(ROOT, file);

// ------------------------------------------------------------------ arguments
function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      runs: { type: "string", default: "3" },
      duration: { type: "string", default: "5" },
      warmup: { type: "string", default: "1" },
      connections: { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      "skip-doc": { type: "boolean", default: false },
      bundle: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    say("npm run bench -- [--runs N=3] [--duration S=5] [--warmup S=1] [--connections C=10]");
    say("                 [--skip-build] [--skip-doc] [--bundle path/to/dist/index.js]");
    process.exit(0);
  }
  const number = (name, min, max) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new BenchFailed(`--${name} must be a number from ${min} to ${max}, got ${values[name]}`);
    }
    return n;
  };
  return {
    runs: Math.round(number("runs", 1, 20)),
    durationMs: number("duration", 1, 60) * 1000,
    warmupMs: number("warmup", 0, 10) * 1000,
    connections: Math.round(number("connections", 1, 100)),
    build: !values["skip-build"] && !values.bundle,
    bundle: values.bundle ? path.resolve(values.bundle) : undefined,
    writeDoc: !values["skip-doc"],
  };
}

// ------------------------------------------------------------------ helpers
function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new BenchFailed(`${what}: ${result.error.message}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-25).join("\n");
    throw new BenchFailed(`${what} failed (exit ${result.status}):\n${tail}`);
  }
  return result;
}

/** SQL statements of a script, split on `;` outside single-quoted strings (and `--` comments). */
function splitSql(script) {
  const statements = [];
  let current = "";
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      // '' inside a literal is an escaped quote: the scan simply continues past it.
      const stop = end === -1 ? script.length : end + 1;
      current += script.slice(i, stop);
      i = stop - 1;
    } else if (ch === "-" && script[i + 1] === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end;
      current += "\n";
    } else if (ch === ";") {
      if (current.trim()) statements.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** Today in Vietnam (UTC+7), as membership's `vietnamDate()` gives it: the default `asOf` of a member list. */
const vietnamToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function version(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

/** HEAD and whether the sources the bundle is built from differ from it (read-only: no index lock). */
function sourceState() {
  const git = (args) =>
    spawnSync("git", args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
  const head = git(["rev-parse", "--short", "HEAD"]).stdout?.trim() || "unknown";
  const dirty = (git(["status", "--porcelain", "--", `apps/${APP}`, "packages"]).stdout ?? "").trim();
  return { head, dirty: dirty.length > 0 };
}

// ------------------------------------------------------------------ setup
function build() {
  say(`build: turbo run build --filter=@ishc/${APP} --filter=@ishc/${FUNDS_APP} …`);
  run(
    process.execPath,
    [
      TURBO,
      "run",
      "build",
      `--filter=@ishc/${APP}`,
      `--filter=@ishc/${FUNDS_APP}`,
      "--output-logs=errors-only",
    ],
    "the build",
  );
}

/** The membership bundle given with --bundle, copied into the stack's bundle folder as `membership/index.js`. */
function givenBundle(bundleDir, given) {
  if (!existsSync(given)) throw new BenchFailed(`--bundle ${given} does not exist`);
  const copy = path.join(bundleDir, "given-membership");
  cpSync(path.dirname(given), copy, { recursive: true, filter: (src) => !src.endsWith(".map") });
  return path.join(copy, path.basename(given));
}

/** The small baseline workers (infra/bench/workers), bound to the stack's D1 database where they read or write it. */
function baselineWorkers() {
  const { compatibility_date, compatibility_flags, d1_databases } = wranglerConfigOf(APP);
  const databaseId = d1_databases[0].database_id;
  const baseline = (name, file, routes, withDb) => ({
    name,
    modules: true,
    compatibilityDate: compatibility_date,
    compatibilityFlags: compatibility_flags ?? [],
    scriptPath: path.join(BENCH, "workers", file),
    modulesRoot: path.join(BENCH, "workers"),
    routes,
    ...(withDb ? { d1Databases: { DB: databaseId } } : {}),
  });
  return [
    baseline("bench-bare", "bare.mjs", ["*/bare"], false),
    baseline("bench-raw-point", "raw-point.mjs", ["*/raw/person*"], true),
    baseline("bench-raw-list", "raw-list.mjs", ["*/raw/members*"], true),
    baseline("bench-raw-repay", "raw-repay.mjs", ["*/raw/repay*"], true),
  ];
}

function seed(tmp) {
  const file = path.join(tmp, "seed.sql");
  const { stdout } = run(process.execPath, [TSX, SEED_SCRIPT, file], "writing the demo seed SQL");
  const logins = JSON.parse(stdout);
  const admin = logins.find((login) => login.role === "province_admin");
  if (!admin) throw new BenchFailed("the seed script printed no province_admin login");
  return { statements: splitSql(readFileSync(file, "utf8")), admin };
}

/** A real club with the most members today (a full page if any has one), and one of its members. */
async function pickSubjects(db, asOf) {
  const club = await db
    .prepare(
      `SELECT club_id AS id, COUNT(*) AS members FROM memberships
       WHERE joined_on <= ?1 AND (left_on IS NULL OR left_on > ?1)
       GROUP BY club_id ORDER BY members DESC, club_id LIMIT 1`,
    )
    .bind(asOf)
    .first();
  if (!club) throw new BenchFailed("the seeded database has no active memberships");
  const person = await db
    .prepare(
      `SELECT person_id AS id FROM memberships
       WHERE club_id = ?1 AND joined_on <= ?2 AND (left_on IS NULL OR left_on > ?2)
       ORDER BY id LIMIT 1`,
    )
    .bind(club.id, asOf)
    .first();
  if (!person) throw new BenchFailed(`club ${club.id} has no member to read`);
  return { clubId: club.id, clubMembers: club.members, personId: person.id };
}

/**
 * Loans for the write scenarios, written straight to D1 in the club picked above: paid out,
 * one instalment of 1,000,000,000 đồng due far ahead, so every 1,000-đồng repayment is
 * accepted. `BENCH_LOANS` for the service and as many for the raw batch; requests go round
 * the loans, so two connections rarely repay the same loan at once.
 */
async function prepareLoans(db, subjects) {
  const members = await db
    .prepare("SELECT person_id AS id FROM memberships WHERE club_id = ? ORDER BY id LIMIT 50")
    .bind(subjects.clubId)
    .all();
  const people = members.results.map((m) => m.id);
  const schedule = JSON.stringify([
    { number: 1, dueOn: "2099-12-31", principal: 1_000_000_000, interest: 0 },
  ]);
  const now = new Date().toISOString();
  const ids = Array.from({ length: 2 * BENCH_LOANS }, (_, i) => `lon_BENCH${String(i).padStart(21, "0")}`);
  const insert = db.prepare(
    `INSERT INTO loans (id, club_id, person_id, principal, term_months, monthly_rate_bp, method, purpose, status,
       applied_on, applied_by, approved_on, approved_by, disbursed_on, poverty_status_at_disbursement, schedule, owed,
       version, created_at)
     VALUES (?1, ?2, ?3, 1000000000, 1, 0, 'flat', 'other', 'active', '2024-12-20', 'bench-maker', '2024-12-22',
       'bench-checker', '2025-01-01', 'poor', ?4, 1000000000, 0, ?5)`,
  );
  await db.batch(
    ids.map((id, i) => insert.bind(id, subjects.clubId, people[i % people.length], schedule, now)),
  );
  return { service: ids.slice(0, BENCH_LOANS), raw: ids.slice(BENCH_LOANS) };
}

async function login(origin, admin) {
  const res = await fetch(`${origin}/${APP}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: admin.login, password: admin.password }),
  });
  const text = await res.text();
  if (res.status !== 200) {
    throw new BenchFailed(
      `POST /${APP}/auth/login as ${admin.login} answered ${res.status}: ${text.slice(0, 500)}`,
    );
  }
  const token = JSON.parse(text).accessToken;
  if (typeof token !== "string") throw new BenchFailed(`POST /${APP}/auth/login returned no accessToken`);
  return token;
}

// ------------------------------------------------------------------ scenarios
function scenarios(subjects, asOf, loans) {
  const { clubId, personId, clubMembers } = subjects;
  let sent = 0;
  const key = () => `bench-${process.pid}-${++sent}-${randomBytes(6).toString("hex")}`;
  let rawTurn = 0;
  let serviceTurn = 0;
  const page = Math.min(PAGE, clubMembers);
  let rawListIds = [];
  const expect = (condition, message) => {
    if (!condition) throw new Error(message);
  };
  return [
    {
      key: "bare",
      label: "bare worker (no D1)",
      path: "/bare",
      check: (body) => expect(body === "ok", `expected "ok"`),
    },
    {
      key: "rawPoint",
      label: "raw D1 point read",
      path: `/raw/person?id=${personId}`,
      check: (body) => expect(JSON.parse(body).id === personId, `expected person ${personId}`),
    },
    {
      key: "rawList",
      label: "raw D1 member list (same SQL)",
      path: `/raw/members?club=${clubId}&asOf=${asOf}&limit=${PAGE}`,
      check: (body) => {
        const items = JSON.parse(body).items;
        expect(items.length === page, `expected ${page} members, got ${items.length}`);
        rawListIds = items.map((item) => item.membership_id);
      },
    },
    {
      key: "person",
      label: "membership: one person",
      path: `/${APP}/people/${personId}`,
      auth: true,
      baseline: "rawPoint",
      check: (body) => expect(JSON.parse(body).person?.id === personId, `expected person ${personId}`),
    },
    {
      key: "club",
      label: "membership: one club",
      path: `/${APP}/clubs/${clubId}`,
      auth: true,
      baseline: "rawPoint",
      check: (body) => expect(JSON.parse(body).id === clubId, `expected club ${clubId}`),
    },
    {
      key: "members",
      label: "membership: club member list",
      path: `/${APP}/clubs/${clubId}/members?limit=${PAGE}`,
      auth: true,
      baseline: "rawList",
      check: (body) => {
        const ids = JSON.parse(body).items.map((item) => item.membership.id);
        expect(ids.length === page, `expected ${page} members, got ${ids.length}`);
        expect(
          ids.join() === rawListIds.join(),
          "the service's page differs from the raw query's page (not the same SQL?)",
        );
      },
    },
    {
      key: "rawRepay",
      label: "raw D1 repayment batch (one call)",
      method: "POST",
      path: `/raw/repay?loan={loan}&club=${clubId}&paidOn=${asOf}`,
      next: () => {
        const loan = loans.raw[rawTurn++ % loans.raw.length];
        return {
          path: `/raw/repay?loan=${loan}&club=${clubId}&paidOn=${asOf}`,
          headers: { "idempotency-key": key() },
        };
      },
      check: (body) => expect(JSON.parse(body).amount === REPAYMENT, `expected a repayment of ${REPAYMENT}`),
    },
    {
      key: "repay",
      label: "funds: loan repayment (Idempotency-Key)",
      method: "POST",
      path: `/${FUNDS_APP}/loans/{loan}/repayments`,
      auth: true,
      baseline: "rawRepay",
      aimRatio: WRITE_AIM_RATIO,
      next: () => {
        const loan = loans.service[serviceTurn++ % loans.service.length];
        return {
          path: `/${FUNDS_APP}/loans/${loan}/repayments`,
          headers: { "idempotency-key": key(), "content-type": "application/json" },
          body: JSON.stringify({ amount: REPAYMENT, paidOn: asOf }),
        };
      },
      check: (body) => {
        const answer = JSON.parse(body);
        expect(answer.repayment?.amount === REPAYMENT, `expected a repayment of ${REPAYMENT}`);
        expect(
          answer.repayment.interest === 0 && answer.loan?.status === "active",
          "expected principal on an active loan",
        );
      },
    },
  ];
}

/** The first answer of a scenario: 2xx and the expected content, else the whole bench fails. */
async function preflight(origin, scenario, headers) {
  const extra = scenario.next?.() ?? {};
  const res = await fetch(`${origin}${extra.path ?? scenario.path}`, {
    method: scenario.method ?? "GET",
    headers: { ...headers, ...extra.headers },
    body: extra.body,
  });
  const body = await res.text();
  if (res.status < 200 || res.status >= 300) {
    throw new BenchFailed(
      `${scenario.label}: ${scenario.method ?? "GET"} ${scenario.path} answered ${res.status}: ${body.slice(0, 500)}`,
    );
  }
  try {
    scenario.check(body);
  } catch (error) {
    throw new BenchFailed(
      `${scenario.label}: ${scenario.method ?? "GET"} ${scenario.path} answered ${res.status} but ${error.message}: ${body.slice(0, 300)}`,
    );
  }
}

// ------------------------------------------------------------------ report
const fmt = {
  rps: (n) => Math.round(n).toLocaleString("en-US"),
  ms: (n) => n.toFixed(1),
  ratio: (n) => `${n.toFixed(2)}×`,
};

function summarise(list, perRun) {
  return list.map((scenario) => {
    const rows = perRun.map((results) => results[scenario.key]);
    const row = {
      ...scenario,
      rps: median(rows.map((r) => r.rps)),
      p50: median(rows.map((r) => r.p50)),
      p99: median(rows.map((r) => r.p99)),
      runs: rows.map((r) => r.rps),
    };
    if (scenario.baseline) {
      // Each run's figure over the same run's baseline, then the median of those ratios.
      row.ratio = median(perRun.map((results) => results[scenario.key].rps / results[scenario.baseline].rps));
      row.met = scenario.aimRatio
        ? row.ratio >= scenario.aimRatio
        : row.ratio >= AIM_RATIO && row.p99 <= AIM_P99_MS;
    }
    return row;
  });
}

function consoleTable(rows) {
  say();
  say(
    `${"scenario".padEnd(34)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"ratio".padStart(9)}`,
  );
  for (const r of rows) {
    say(
      `${r.label.padEnd(34)}${fmt.rps(r.rps).padStart(9)}${fmt.ms(r.p50).padStart(9)}${fmt.ms(r.p99).padStart(9)}${(r.ratio === undefined ? "" : fmt.ratio(r.ratio)).padStart(9)}`,
    );
  }
  say();
}

const DEFAULT_INTRO = `# Benchmarks

How close the membership worker's reads come to raw D1 on the same runtime. \`npm run bench\`
builds the membership dry-run bundle, runs it on Miniflare directly (no \`wrangler dev\` proxy, which
costs 3–5× on its own) next to three small baseline workers (\`infra/bench/workers\`), all bound to one
local D1 database holding the real migrations and the demo province, logs in as the province admin
through the real login route, and loads each scenario in turn with a fixed number of keep-alive
connections (\`infra/bench/load.mjs\`, loopback only).

Each service read is compared with the raw worker that does the least the read could do on the same
runtime in the same run: one person or one club against one D1 point read
(\`SELECT * FROM people WHERE id = ?\`), a member-list page against the very SQL that page needs
(members of a club as of a date, people joined in, 51 rows) in one D1 call. The aim: point reads
≥ ${AIM_RATIO}× raw, lists ≥ ${AIM_RATIO}× raw-same-SQL, p99 ≤ ${AIM_P99_MS} ms at 10 connections.

The figures compare builds with each other on one machine; they are not capacity figures. The load
generator and workerd share the same cores, so anything else running at the time lowers them (the
generated section records the load average; the ratios, taken within a run, suffer less).
`;

function writeDoc(rows, opts, meta) {
  const previous = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const cut = previous.indexOf(GENERATED_MARK);
  const intro = cut >= 0 ? previous.slice(0, cut).trimEnd() : DEFAULT_INTRO.trimEnd();
  const aim = (r) => {
    if (!r.baseline) return r.key === "bare" ? "floor" : "baseline";
    if (r.aimRatio) return `≥ ${r.aimRatio}× raw write batch`;
    const name = r.baseline === "rawPoint" ? "raw point read" : "raw list";
    return `≥ ${AIM_RATIO}× ${name}, p99 ≤ ${AIM_P99_MS} ms`;
  };
  const lines = [
    intro,
    "",
    GENERATED_MARK,
    "",
    `## Latest run`,
    "",
    `- Date: ${meta.date}`,
    `- Command: \`${meta.command}\``,
    `- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.platform}; Node ${process.version}`,
    `- Runtime: miniflare ${version("miniflare")}, workerd ${version("workerd")} (wrangler ${version("wrangler")} for the bundle)`,
    `- Bundle: ${meta.bundle ? `\`${meta.bundle}\` (given with --bundle)` : `apps/${APP}/dist/index.js built from ${meta.source.head}${meta.source.dirty ? " plus uncommitted changes in apps/membership or packages/" : ""}`}`,
    `- 1-minute load average just before the load began: ${meta.loadStart.toFixed(2)}${meta.loadStart > BUSY_LOAD ? " — other work was competing for the cores, so absolute figures are low; ratios within a run suffer less" : ""}`,
    `- Load: ${opts.connections} connections, ${opts.warmupMs / 1000} s warm-up + ${opts.durationMs / 1000} s measured per scenario, scenarios in sequence, ${opts.runs} run(s); figures are medians over the runs, ratios the median of each run's ratio to its own baseline`,
    `- Data: the demo province (default seed); club \`${meta.subjects.clubId}\` (${meta.subjects.clubMembers} members on ${meta.asOf}), person \`${meta.subjects.personId}\`; token from \`POST /membership/auth/login\` as \`${meta.admin}\``,
    `- Writes: ${BENCH_LOANS} paid-out loans for each write scenario, repaid ${REPAYMENT.toLocaleString("en-US")} đồng at a time in turn, each request with a fresh \`Idempotency-Key\`; the service reads (account check, key look-up, loan, its repayments) in one D1 batch and writes in a second, the raw worker writes the same rows in one`,
    "",
    "| scenario | request | req/s | p50 ms | p99 ms | ratio to baseline | aim | met |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- | :---: |",
    ...rows.map(
      (r) =>
        `| ${r.label} | \`${r.method ?? "GET"} ${r.path.replace(meta.subjects.clubId, "{club}").replace(meta.subjects.personId, "{person}").replace(meta.asOf, "{date}")}\` | ${fmt.rps(r.rps)} | ${fmt.ms(r.p50)} | ${fmt.ms(r.p99)} | ${r.ratio === undefined ? "—" : fmt.ratio(r.ratio)} | ${aim(r)} | ${r.baseline ? (r.met ? "yes" : "**no**") : ""} |`,
    ),
    "",
    "Requests per second in each run:",
    "",
    `| scenario | ${rows[0].runs.map((_, i) => `run ${i + 1}`).join(" | ")} |`,
    `| --- | ${rows[0].runs.map(() => "---:").join(" | ")} |`,
    ...rows.map((r) => `| ${r.label} | ${r.runs.map(fmt.rps).join(" | ")} |`),
    "",
  ];
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, lines.join("\n"), "utf8");
}

// ------------------------------------------------------------------ main
async function main() {
  const opts = options();
  const started = Date.now();
  const setupBudgetMs = 150_000;
  const loadBudgetMs = opts.runs * 8 * (opts.warmupMs + opts.durationMs + 15_000);
  // Every step is bounded on its own; this is the backstop for the whole run.
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: gave up after ${Math.round((Date.now() - started) / 1000)} s\n`);
    process.exit(1);
  }, setupBudgetMs + loadBudgetMs);
  watchdog.unref();

  if (opts.build) build();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ishc-bench-"));
  // Also on Ctrl-C or the watchdog: Miniflare stops workerd on exit, this removes the database and bundle copy.
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
  const runtimeLog = [];
  const keep = (stream) => {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      runtimeLog.push(chunk);
      if (runtimeLog.length > 40) runtimeLog.shift();
    });
  };
  let mf;
  try {
    say("seed: writing the demo province …");
    const { statements, admin } = seed(tmp);
    const bundleDir = path.join(tmp, "bundles");
    const stack = await startStack({
      apps: [APP, FUNDS_APP],
      routes: true,
      host: "127.0.0.1",
      port: 0,
      d1Persist: path.join(tmp, "d1"),
      bundleDir,
      scriptPaths: opts.bundle ? { [APP]: givenBundle(bundleDir, opts.bundle) } : {},
      extraWorkers: baselineWorkers(),
      seed: statements,
      handleRuntimeStdio: (stdout, stderr) => {
        keep(stdout);
        keep(stderr);
      },
    });
    mf = stack.mf;
    const { origin, db } = stack;
    const asOf = vietnamToday();
    const subjects = await pickSubjects(db, asOf);
    say(
      `miniflare on ${origin}: migrated, ${statements.length} seed statements; club ${subjects.clubId} (${subjects.clubMembers} members), person ${subjects.personId}`,
    );

    const loans = await prepareLoans(db, subjects);
    const list = scenarios(subjects, asOf, loans);
    const loadStart = os.loadavg()[0];
    if (loadStart > BUSY_LOAD)
      say(`note: load average ${loadStart.toFixed(2)} before the load: the machine is busy`);
    const perRun = [];
    for (let runIndex = 0; runIndex < opts.runs; runIndex++) {
      // A fresh token each run: access tokens last 15 minutes.
      const token = await login(origin, admin);
      const results = {};
      for (const scenario of list) {
        const headers = scenario.auth ? { authorization: `Bearer ${token}` } : {};
        await preflight(origin, scenario, headers);
        const result = await runLoad({
          url: `${origin}${scenario.path}`,
          headers,
          method: scenario.method,
          next: scenario.next,
          connections: opts.connections,
          warmupMs: opts.warmupMs,
          durationMs: opts.durationMs,
        });
        if (result.failure) {
          const { status, body, error } = result.failure;
          throw new BenchFailed(
            `${scenario.label}: ${scenario.method ?? "GET"} ${scenario.path} ${error ? `failed: ${error}` : `answered ${status}: ${body}`} under load`,
          );
        }
        if (result.requests === 0)
          throw new BenchFailed(`${scenario.label}: no request completed in the window`);
        results[scenario.key] = result;
        say(
          `run ${runIndex + 1}/${opts.runs}  ${scenario.label.padEnd(34)} ${fmt.rps(result.rps).padStart(7)} req/s  p50 ${fmt.ms(result.p50)} ms  p99 ${fmt.ms(result.p99)} ms`,
        );
      }
      perRun.push(results);
    }

    const rows = summarise(list, perRun);
    consoleTable(rows);
    if (opts.writeDoc) {
      const args = process.argv.slice(2);
      const command =
        // biome-ignore lint/suspicious/noUndeclaredEnvVars: not a turbo task; it only names the command in the doc
        process.env.npm_lifecycle_event === "bench"
          ? `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`
          : `node infra/bench/bench.mjs${args.length ? ` ${args.join(" ")}` : ""}`;
      writeDoc(rows, opts, {
        date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
        command,
        cpu: os.cpus()[0]?.model ?? "unknown CPU",
        cores: os.cpus().length,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        source: sourceState(),
        subjects,
        asOf,
        admin: admin.login,
        bundle: opts.bundle && rel(opts.bundle),
        loadStart,
      });
      say(`wrote ${rel(DOC)}`);
    }
    say(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    if (error instanceof BenchFailed && runtimeLog.length > 0) {
      process.stderr.write(`--- last runtime output ---\n${runtimeLog.join("").slice(-4000)}\n`);
    }
    throw error;
  } finally {
    await mf?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench: ${error instanceof BenchFailed ? error.message : (error?.stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
});
