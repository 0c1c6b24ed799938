#!/usr/bin/env node
/**
 * How long a province-year report takes at about 1,000 clubs, and at ten times the history.
 * Not part of `npm test`:
 *
 *   node infra/bench/report-scale.mjs [--copies 22] [--history 10] [--requests 15] [--build] [--write-doc]
 *
 *  1. builds the province: the demo province (packages/demo-data) generated `--copies` times from
 *     seeds 2025, 2026, …, every copy's communes and clubs put under the first copy's province
 *     (codes and logins made unique), so 22 copies are 1,012 clubs with ~54,000 members and
 *     five years of loans and activities each;
 *  2. starts ONE Miniflare (the API, no `wrangler dev` proxy) with the membership and reporting
 *     dry-run bundles (apps/<app>/dist, `--build` builds them first), the reporting worker's
 *     queue as its wrangler.jsonc declares it, and one D1 database in a temp dir holding the real
 *     migrations and the province;
 *  3. runs the reporting cron as on 2 January 2025 in Vietnam (2024-12, 2024-Q4, 2024 and all
 *     history for every org unit) and waits for the consumer to store every unit's facts;
 *  4. times GET /reporting/org-units/{province}/report?period=2024 as the province admin, from the
 *     stored facts and live (`fresh=true`), `--requests` each after two warm-ups, one at a time;
 *  5. adds nine older copies of every dated record (meetings and attendance, activities and their
 *     people, memberships, loans, repayments and journal entries, shifted back 5, 10, … 45 years)
 *     and of the stored facts and snapshots, so ten times the history, and times the same again;
 *  6. prints a table (and with `--write-doc` puts it in docs/benchmarks.md between its markers).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";
import { ROOT } from "../lib/jsonc.mjs";
import { runCronAndDrain, runStatements, seedStatements, startStack } from "../lib/stack.mjs";

register();
const { generateDemoProvince, toSqlScript } = await import("@ishc/demo-data");
const { hashPassword } = await import("@ishc/edge-kit");

const DOC = path.join(ROOT, "docs/benchmarks.md");
const DOC_BEGIN = "<!-- report-scale: begin (node infra/bench/report-scale.mjs --write-doc) -->";
const DOC_END = "<!-- report-scale: end -->";
const GENERATED_MARK = "<!-- Everything below is written by `npm run bench`; edit above this line only. -->";
const PASSWORD = "report-scale-bench";
const ADMIN = "admin@langson.demo";
/** 19:00 UTC on 1 January 2025: 2 January in Vietnam, the run that closes 2024. */
const CRON_TIME = new Date("2025-01-01T19:00:00.000Z");
const PERIOD = "2024";
const AIM_MS = 200;
const AIM_GROWTH = 1.5;
const say = (line = "") => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    copies: { type: "string", default: "22" },
    history: { type: "string", default: "10" },
    requests: { type: "string", default: "15" },
    build: { type: "boolean", default: false },
    "write-doc": { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
  },
});
const COPIES = Number(values.copies);
const HISTORY = Number(values.history);
const REQUESTS = Number(values.requests);

// ------------------------------------------------------------------ the province
/** The demo province `copies` times, every copy's tree under the first copy's province. */
async function bigProvince(copies) {
  const passwordHash = await hashPassword(PASSWORD);
  const scripts = [];
  let first;
  let clubs = 0;
  let people = 0;
  for (let k = 0; k < copies; k++) {
    const data = generateDemoProvince({ seed: 2025 + k, passwordHash });
    const national = data.orgUnits.find((u) => u.kind === "national");
    const province = data.orgUnits.find((u) => u.kind === "province");
    if (!national || !province) throw new Error("the demo province has no national root or province");
    if (k === 0) first = { national: national.id, province: province.id };
    else {
      for (const unit of data.orgUnits) unit.code = `${unit.code}-${k}`;
      for (const user of data.users) user.login = `${k}.${user.login}`;
    }
    let sql = toSqlScript(data);
    if (k > 0) {
      // The copy's national root and province become the first copy's; their rows are then ignored.
      sql = sql.replaceAll(national.id, first.national).replaceAll(province.id, first.province);
      sql = sql
        .replaceAll('INSERT INTO "org_units"', 'INSERT OR IGNORE INTO "org_units"')
        .replaceAll('INSERT INTO "org_unit_versions"', 'INSERT OR IGNORE INTO "org_unit_versions"');
    }
    scripts.push(sql);
    clubs += data.clubs.length;
    people += data.people.length;
  }
  return { scripts, provinceId: first.province, clubs, people };
}

// ------------------------------------------------------------------ ten times the history
/** Per table: columns that are ids (suffixed per copy) and dates (shifted back). Parents first. */
const DATED = [
  ["meetings", ["id"], ["held_on"]],
  ["attendance", ["meeting_id"], []],
  ["health_checks", ["id", "meeting_id"], []],
  ["activities", ["id"], ["starts_on", "ends_on"]],
  ["activity_participants", ["activity_id"], []],
  ["activity_beneficiaries", ["id", "activity_id"], []],
  ["communications", ["activity_id"], []],
  ["home_care_visits", ["activity_id"], []],
  ["training_trainees", ["id", "activity_id"], []],
  ["memberships", ["id"], ["joined_on", "left_on"]],
  ["loans", ["id"], ["applied_on", "approved_on", "disbursed_on", "closed_on", "written_off_on"]],
  ["journal_entries", ["id", "loan_id", "reverses_id"], ["on_date"]],
  ["journal_lines", ["entry_id"], []],
  ["loan_repayments", ["id", "loan_id", "entry_id"], ["paid_on"]],
];

async function addHistory(db, times) {
  const statements = [];
  for (const [table, ids, dates] of DATED) {
    const columns = (await db.prepare(`PRAGMA table_info("${table}")`).all()).results.map((c) => c.name);
    const firstId = ids[0];
    for (let k = 1; k < times; k++) {
      const select = columns.map((c) => {
        if (ids.includes(c)) return `CASE WHEN "${c}" IS NULL THEN NULL ELSE "${c}" || '~h${k}' END`;
        // A membership still open ends where its copy's span ends (no two open stints of one person in a club).
        if (table === "memberships" && c === "left_on")
          return `date(coalesce("left_on", '2025-05-31'), '-${5 * k} years')`;
        if (dates.includes(c)) return `date("${c}", '-${5 * k} years')`;
        return `"${c}"`;
      });
      statements.push(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select.join(", ")} FROM "${table}" WHERE "${firstId}" NOT LIKE '%~h%'`,
      );
    }
  }
  // The stored facts and snapshots of the earlier runs: as many rows again per copy, under other labels.
  for (let k = 1; k < times; k++) {
    statements.push(
      `INSERT INTO report_unit_facts SELECT org_unit_id, period || '~h${k}', starts_on, ends_on, facts, computed_at FROM report_unit_facts WHERE period NOT LIKE '%~h%'`,
      `INSERT INTO report_snapshots SELECT org_unit_id, period || '~h${k}', period_kind, starts_on, ends_on, path, report, generated_at, run_id FROM report_snapshots WHERE period NOT LIKE '%~h%'`,
    );
  }
  for (const statement of statements) await db.prepare(statement).run();
}

// ------------------------------------------------------------------ measuring
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(mf, url, token, expectSource) {
  const samples = [];
  for (let i = 0; i < REQUESTS + 2; i++) {
    const started = performance.now();
    const res = await mf.dispatchFetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 300)}`);
    const report = JSON.parse(body);
    if (report.source !== expectSource)
      throw new Error(`${url} answered from ${report.source}, not ${expectSource}`);
    if (i >= 2) samples.push(ms);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] };
}

async function counts(db, provinceId) {
  const one = async (sql, ...params) =>
    Number(
      (
        await db
          .prepare(sql)
          .bind(...params)
          .first()
      ).n,
    );
  return {
    clubs: await one("SELECT count(*) AS n FROM clubs"),
    members: await one("SELECT count(*) AS n FROM memberships"),
    meetings: await one("SELECT count(*) AS n FROM meetings"),
    attendance: await one("SELECT count(*) AS n FROM attendance"),
    activities: await one("SELECT count(*) AS n FROM activities"),
    loans: await one("SELECT count(*) AS n FROM loans"),
    entries: await one("SELECT count(*) AS n FROM journal_entries"),
    facts: await one("SELECT count(*) AS n FROM report_unit_facts"),
    units: await one("SELECT count(*) AS n FROM org_units WHERE path LIKE '%' || ? || '%'", provinceId),
  };
}

async function runCron(mf, db) {
  const run = await runCronAndDrain(mf, db, {
    scheduledTime: CRON_TIME,
    timeoutMs: 30 * 60_000,
    pollMs: 1000,
    onFailed: (failed) => say(`  … ${failed} units failed so far (retried)`),
  });
  return { units: run.units, seconds: run.seconds };
}

// ------------------------------------------------------------------ main
if (values.build) {
  say("build: turbo run build --filter=@ishc/membership --filter=@ishc/reporting …");
  const built = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/turbo/bin/turbo"),
      "run",
      "build",
      "--filter=@ishc/membership",
      "--filter=@ishc/reporting",
      "--output-logs=errors-only",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "ishc-report-scale-"));
const { mf, db } = await startStack({
  apps: ["reporting", "membership"],
  routes: true,
  host: "127.0.0.1",
  port: 0,
  d1Persist: path.join(tmp, "d1"),
  // The workers' request logs are not wanted here; a failure shows in the answer's status.
  handleRuntimeStdio: (stdout, stderr) => {
    stdout.resume();
    stderr.resume();
  },
});
try {
  let t = performance.now();
  const province = await bigProvince(COPIES);
  say(
    `province: ${province.clubs} clubs, ${province.people} people in ${COPIES} copies of the demo province (${((performance.now() - t) / 1000).toFixed(0)} s)`,
  );
  t = performance.now();
  for (const script of province.scripts) {
    await runStatements(db, seedStatements(script));
  }
  say(`loaded in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  const login = await mf.dispatchFetch("http://localhost/membership/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: ADMIN, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const token = (await login.json()).accessToken;

  const cron = await runCron(mf, db);
  say(
    `cron: ${cron.units} units' facts and snapshots for 2024-12, 2024-Q4, 2024 and ..2024-12-31 stored in ${cron.seconds.toFixed(0)} s`,
  );

  const url = `http://localhost/reporting/org-units/${province.provinceId}/report?period=${PERIOD}`;
  const rows = [];
  const measure = async (label) => {
    const sizes = await counts(db, province.provinceId);
    const stored = await time(mf, url, token, "stored");
    const live = await time(mf, `${url}&fresh=true`, token, "live");
    rows.push({ label, sizes, stored, live });
    say(
      `${label}: stored median ${stored.median.toFixed(0)} ms (p95 ${stored.p95.toFixed(0)}), live median ${live.median.toFixed(0)} ms (p95 ${live.p95.toFixed(0)}) — ${JSON.stringify(sizes)}`,
    );
  };
  await measure("1× history (five years)");
  t = performance.now();
  await addHistory(db, HISTORY);
  say(`history ×${HISTORY} added in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await measure(`${HISTORY}× history`);

  const [base, big] = rows;
  const growth = (kind) => big[kind].median / base[kind].median;
  const verdict = (kind) =>
    `${base[kind].median <= AIM_MS ? "≤" : ">"} ${AIM_MS} ms; ×${growth(kind).toFixed(2)} at ${HISTORY}× history (${growth(kind) <= AIM_GROWTH ? "within" : "above"} ${AIM_GROWTH}×)`;
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    `- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${os.cpus().length} × ${cpu}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end (a shared machine)`,
    `- Command: \`node infra/bench/report-scale.mjs --copies ${COPIES} --history ${HISTORY} --requests ${REQUESTS}\``,
    `- Province: ${base.sizes.clubs} clubs, ${base.sizes.units} org units under it, ${base.sizes.members} memberships; the cron's run stored ${cron.units} units' facts in ${cron.seconds.toFixed(0)} s`,
    "",
    `| history | memberships | meetings | attendances | activities | journal entries | stored facts rows | \`period=2024\` (stored) median / p95 | \`&fresh=true\` (live) median / p95 |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.sizes.members} | ${r.sizes.meetings} | ${r.sizes.attendance} | ${r.sizes.activities} | ${r.sizes.entries} | ${r.sizes.facts} | ${r.stored.median.toFixed(0)} / ${r.stored.p95.toFixed(0)} ms | ${r.live.median.toFixed(0)} / ${r.live.p95.toFixed(0)} ms |`,
    ),
    "",
    `- Stored: ${verdict("stored")}. Live: ${verdict("live")}.`,
  ];
  say();
  for (const line of lines) say(line);
  if (values["write-doc"]) {
    const doc = readFileSync(DOC, "utf8");
    const block = `${DOC_BEGIN}\n${lines.join("\n")}\n${DOC_END}`;
    const begin = doc.indexOf(DOC_BEGIN);
    const end = doc.indexOf(DOC_END);
    if (begin === -1 || end === -1) {
      const mark = doc.indexOf(GENERATED_MARK);
      if (mark === -1) throw new Error(`${DOC} has neither the report-scale markers nor the bench's mark`);
      writeFileSync(DOC, `${doc.slice(0, mark)}${block}\n\n${doc.slice(mark)}`);
    } else {
      writeFileSync(DOC, `${doc.slice(0, begin)}${block}${doc.slice(end + DOC_END.length)}`);
    }
    say(`wrote the numbers into ${path.relative(ROOT, DOC)}`);
  }
} finally {
  await mf.dispose();
  if (!values["keep-db"]) rmSync(tmp, { recursive: true, force: true });
  else say(`database kept in ${tmp}`);
}
