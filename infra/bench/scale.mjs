/**
 * The province-year report at scale, for `npm run bench -- --scale` (minutes: the province is
 * loaded and the reporting cron run over it):
 *
 *  - with the province-scale generator (infra/scale/load.mjs, `ensureScaleProvince`): its 1× and
 *    10× provinces, each persisted D1 copied to a temp dir before anything writes to it;
 *  - else 22 copies of the demo province under one province (1,012 clubs) and, for 10× history,
 *    nine older copies of every dated record and of the stored facts added in SQL.
 *
 * Each province gets the reporting worker's cron closing 2024 (month, quarter, year and all
 * history for every org unit) through its queue, timed as the regeneration figure; then
 * GET /reporting/org-units/{province}/report?period=2024 is timed as the province admin, one
 * request at a time after two warm-ups, from the stored facts (15 requests) and live
 * (`fresh=true`, 5).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/jsonc.mjs";
import { runCronAndDrain, runStatements, seedStatements, startStack } from "../lib/stack.mjs";
import { percentile } from "./verdicts.mjs";

const PASSWORD = "report-scale-bench";
const ADMIN = "admin@langson.demo";
/** 19:00 UTC on 1 January 2025: 2 January in Vietnam, the run that closes 2024. */
export const SCALE_CRON_TIME = new Date("2025-01-01T19:00:00.000Z");
export const SCALE_PERIOD = "2024";
const GENERATOR = path.join(ROOT, "infra/scale/load.mjs");
const LIVE_REQUESTS = 5;
const quiet = (stdout, stderr) => {
  stdout.resume();
  stderr.resume();
};

// ------------------------------------------------------------------ copies of the demo province
/** The demo province `copies` times, every copy's tree under the first copy's province. */
async function bigProvince(copies, { generateDemoProvince, toSqlScript, hashPassword }) {
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
async function time(mf, url, token, expectSource, requests) {
  const samples = [];
  for (let i = 0; i < requests + 2; i++) {
    const started = performance.now();
    const res = await mf.dispatchFetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 300)}`);
    const report = JSON.parse(body);
    if (report.source !== expectSource)
      throw new Error(`${url} answered from ${report.source}, not ${expectSource}`);
    if (!Array.isArray(report.indicators) || report.indicators.length === 0)
      throw new Error(`${url} answered no indicators`);
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

async function login(mf, account) {
  const res = await mf.dispatchFetch("http://localhost/membership/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  if (res.status !== 200)
    throw new Error(`login as ${account.login} answered ${res.status}: ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function cronAndReport({ mf, db, provinceId, account, label, requests, say }) {
  const token = await login(mf, account);
  const cron = await runCronAndDrain(mf, db, {
    scheduledTime: SCALE_CRON_TIME,
    timeoutMs: 60 * 60_000,
    pollMs: 1000,
    onFailed: (failed) => say(`  … ${failed} units failed so far (retried)`),
  });
  say(`${label}: the cron stored ${cron.units} units' facts and snapshots in ${cron.seconds.toFixed(0)} s`);
  return { cron, ...(await reportTimes({ mf, db, provinceId, token, label, requests, say })) };
}

async function reportTimes({ mf, db, provinceId, token, label, requests, say }) {
  const url = `http://localhost/reporting/org-units/${provinceId}/report?period=${SCALE_PERIOD}`;
  const sizes = await counts(db, provinceId);
  const stored = await time(mf, url, token, "stored", requests);
  // A live report reads all history (tens of seconds at 10×): fewer samples of it.
  const live = await time(mf, `${url}&fresh=true`, token, "live", Math.min(requests, LIVE_REQUESTS));
  say(
    `${label}: stored median ${stored.median.toFixed(0)} ms (p95 ${stored.p95.toFixed(0)}), live median ${live.median.toFixed(0)} ms (p95 ${live.p95.toFixed(0)})`,
  );
  return { label, sizes, stored, live };
}

/** Whether the province-scale generator is there to use. */
export const generatorAvailable = () => existsSync(GENERATOR);

const SIZES = [
  ["1x", "1× history (five years)"],
  ["10x", "10× history (fifty years)"],
];

async function fromGenerator({ requests, say, tmp, sizes }) {
  const { ensureScaleProvince } = await import(pathToFileURL(GENERATOR).href);
  const rows = [];
  let cron;
  for (const [size, label] of SIZES.filter(([size]) => sizes.includes(size))) {
    const { d1Persist, manifest } = await ensureScaleProvince({ size, log: say });
    // The cron writes facts and snapshots: never into the generator's own copy.
    const copy = path.join(tmp, `d1-${size}`);
    cpSync(d1Persist, copy, { recursive: true });
    const stack = await startStack({
      apps: ["reporting", "membership"],
      routes: true,
      d1Persist: copy,
      // Migrations newer than the generator's load (an index, say) are applied to the copy.
      migrate: "pending",
      bundleDir: path.join(tmp, `bundles-${size}`),
      handleRuntimeStdio: quiet,
    });
    try {
      const row = await cronAndReport({
        ...stack,
        provinceId: manifest.provinceId,
        account: manifest.logins.provinceAdmin,
        label,
        requests,
        say,
      });
      cron ??= row.cron;
      rows.push(row);
    } finally {
      await stack.dispose();
      rmSync(copy, { recursive: true, force: true });
    }
  }
  return { source: "the province-scale generator (infra/scale/load.mjs, 1× and 10×)", cron, rows };
}

async function fromCopies({ copies, history, requests, say, tmp }) {
  const { register } = await import("tsx/esm/api");
  register();
  const { generateDemoProvince, toSqlScript } = await import("@ishc/demo-data");
  const { hashPassword } = await import("@ishc/edge-kit");
  const stack = await startStack({
    apps: ["reporting", "membership"],
    routes: true,
    d1Persist: path.join(tmp, "d1"),
    bundleDir: path.join(tmp, "bundles"),
    handleRuntimeStdio: quiet,
  });
  try {
    const { mf, db } = stack;
    let t = performance.now();
    const province = await bigProvince(copies, { generateDemoProvince, toSqlScript, hashPassword });
    for (const script of province.scripts) await runStatements(db, seedStatements(script));
    say(
      `scale: ${province.clubs} clubs from ${copies} copies of the demo province loaded in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    const account = { login: ADMIN, password: PASSWORD };
    const base = await cronAndReport({
      mf,
      db,
      provinceId: province.provinceId,
      account,
      label: "1× history (five years)",
      requests,
      say,
    });
    t = performance.now();
    await addHistory(db, history);
    say(`scale: history ×${history} added in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const big = await reportTimes({
      mf,
      db,
      provinceId: province.provinceId,
      token: await login(mf, account),
      label: `${history}× history`,
      requests,
      say,
    });
    return {
      source: `${copies} copies of the demo province under one province; ${history}× history by copying every dated record and the stored facts back 5, 10, … years`,
      cron: base.cron,
      rows: [base, big],
    };
  } finally {
    await stack.dispose();
  }
}

/** The scale measurement: `from` is "generator", "copies" or "auto" (the generator when it is there). */
export async function measureScale({
  from = "auto",
  copies = 22,
  history = 10,
  requests = 15,
  sizes = ["1x", "10x"],
  say,
}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ishc-bench-scale-"));
  try {
    const useGenerator = from === "generator" || (from === "auto" && generatorAvailable());
    return useGenerator
      ? await fromGenerator({ requests, say, tmp, sizes })
      : await fromCopies({ copies, history, requests, say, tmp });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
