#!/usr/bin/env node
/**
 * `npm run bench`: how close each service comes to raw D1 on the same runtime, and the other
 * figures the project holds itself to (targets in infra/bench/render.mjs).
 *
 *   npm run bench [-- --runs 3 --duration 5 --window 1 --warmup 1 --connections 10 --skip-build --skip-doc]
 *   npm run bench -- --scale        (+ the province-year report at 1× and 10× history; minutes)
 *   npm run bench -- --npm-test     (+ `npm test` once with turbo's cache off, wall time)
 *   npm run bench -- --bundle /elsewhere/dist/index.js   (another membership bundle; no build)
 *
 *  1. builds every worker's dry-run bundle (turbo → `wrangler deploy --dry-run --outdir dist`) and
 *     measures each one gzipped;
 *  2. writes the demo province's seed SQL (packages/demo-data) and its demo logins;
 *  3. starts ONE Miniflare (infra/lib/stack.mjs, no `wrangler dev` proxy) with the membership,
 *     funds, activities and reporting bundles (copied out of dist/) and the small baseline workers
 *     (infra/bench/workers), all on one D1 database in a temp dir holding the real migrations, the
 *     seed and paid-out loans for the writes;
 *  4. logs in through the membership worker as the province admin (a real account);
 *  5. per run, in sequence: each scenario of infra/bench/scenarios.mjs — a bare worker, raw D1
 *     reads and one-batch writes, and the service requests they are baselines of (reads, a loan
 *     repayment, an activity, a /funds/sync of 100 repayments) — each with a fixed number of
 *     keep-alive connections. A service scenario and its baseline are measured together in
 *     interleaved short windows (infra/bench/pairs.mjs): a warm-up of each, then pairs of windows
 *     (--window, 1 s), baseline then service, then service then baseline, and so on, until each
 *     side has had --duration seconds; each pair's service rate is divided by its baseline's, the
 *     run's ratio is the median of its pairs'. The shared machine's load changes within seconds: a
 *     pair's two windows see nearly the same machine, where two 5 s windows a minute apart do not;
 *  6. runs the reporting cron for May 2025 and times its queue until every unit's snapshot is stored;
 *  7. with --scale, measures the province-year report at scale (infra/bench/scale.mjs); with
 *     --npm-test, runs `npm test` once;
 *  8. prints the medians and the targets and rewrites the generated part of docs/benchmarks.md.
 *
 * Exits non-zero with a message if a bundle is missing, a setup step fails, or any request
 * answers non-2xx (the first answer of every scenario is also checked for its content, and a
 * sync answer that refused an operation counts as a failure).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ROOT } from "../lib/jsonc.mjs";
import { runCronAndDrain, startStack } from "../lib/stack.mjs";
import { withGenerated } from "./doc.mjs";
import { keepAliveAgent, runLoad } from "./load.mjs";
import { combineWindows, interleave, pairRatios, pairsFor, WINDOW_SETTLE_MS } from "./pairs.mjs";
import { renderGenerated, summarise, targets } from "./render.mjs";
import { measureScale } from "./scale.mjs";
import { BenchFailed, baselineWorkers, pickSubjects, prepareLoans, scenarios } from "./scenarios.mjs";
import { fmt, median, verdict } from "./verdicts.mjs";

const TURBO = path.join(ROOT, "node_modules/turbo/bin/turbo");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const SEED_SCRIPT = path.join(ROOT, "packages/demo-data/src/write-seed-sql.ts");
const DOC = path.join(ROOT, "docs/benchmarks.md");
const APP = "membership";
/** The workers the load runs against; every app's bundle is measured. */
const STACK_APPS = ["membership", "funds", "activities", "reporting"];
const ALL_APPS = ["membership", "funds", "activities", "reporting", "gateway", "web"];
/** The seed's last day is 2025-05-31: the monthly run on 1 June at 19:00 UTC (2 June in Vietnam) regenerates May. */
const DEMO_CRON_TIME = new Date("2025-06-01T19:00:00.000Z");
/** Above this 1-minute load average before the load begins, the doc says the machine was busy. */
const BUSY_LOAD = 1.5;

const say = (line = "") => process.stdout.write(`${line}\n`);
const rel = (file) => path.relative(ROOT, file);

// ------------------------------------------------------------------ arguments
function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      runs: { type: "string", default: "3" },
      duration: { type: "string", default: "5" },
      window: { type: "string", default: "1" },
      warmup: { type: "string", default: "1" },
      connections: { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      "skip-doc": { type: "boolean", default: false },
      scale: { type: "boolean", default: false },
      "scale-from": { type: "string", default: "auto" },
      "npm-test": { type: "boolean", default: false },
      bundle: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    say("npm run bench -- [--runs N=3] [--duration S=5] [--window S=1] [--warmup S=1] [--connections C=10]");
    say("                 [--skip-build] [--skip-doc] [--bundle path/to/dist/index.js]");
    say("                 [--scale [--scale-from auto|generator|copies]] [--npm-test]");
    process.exit(0);
  }
  const number = (name, min, max) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new BenchFailed(`--${name} must be a number from ${min} to ${max}, got ${values[name]}`);
    }
    return n;
  };
  if (!["auto", "generator", "copies"].includes(values["scale-from"])) {
    throw new BenchFailed(`--scale-from must be auto, generator or copies, got ${values["scale-from"]}`);
  }
  return {
    runs: Math.round(number("runs", 1, 20)),
    durationMs: number("duration", 1, 60) * 1000,
    windowMs: number("window", 0.2, 60) * 1000,
    warmupMs: number("warmup", 0, 10) * 1000,
    connections: Math.round(number("connections", 1, 100)),
    build: !values["skip-build"] && !values.bundle,
    bundle: values.bundle ? path.resolve(values.bundle) : undefined,
    writeDoc: !values["skip-doc"],
    scale: values.scale,
    scaleFrom: values["scale-from"],
    npmTest: values["npm-test"],
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
  const dirty = (git(["status", "--porcelain", "--", "apps", "packages"]).stdout ?? "").trim();
  return { head, dirty: dirty.length > 0 };
}

// ------------------------------------------------------------------ setup
function build() {
  say(`build: turbo run build ${ALL_APPS.map((app) => `--filter=@ishc/${app}`).join(" ")} …`);
  run(
    process.execPath,
    [TURBO, "run", "build", ...ALL_APPS.map((app) => `--filter=@ishc/${app}`), "--output-logs=errors-only"],
    "the build",
  );
}

/** Each worker's dist/index.js, raw and gzipped (zlib's default level, as check-bundle-size.mjs and wrangler). */
function bundleSizes() {
  return ALL_APPS.map((app) => {
    const file = path.join(ROOT, "apps", app, "dist", "index.js");
    if (!existsSync(file)) throw new BenchFailed(`${rel(file)} is missing: build it or drop --skip-build`);
    const code = readFileSync(file);
    return { app, bytes: code.length, gzip: gzipSync(code).length };
  });
}

/** The membership bundle given with --bundle, copied into the stack's bundle folder as `membership/index.js`. */
function givenBundle(bundleDir, given) {
  if (!existsSync(given)) throw new BenchFailed(`--bundle ${given} does not exist`);
  const copy = path.join(bundleDir, "given-membership");
  cpSync(path.dirname(given), copy, { recursive: true, filter: (src) => !src.endsWith(".map") });
  return path.join(copy, path.basename(given));
}

function seed(tmp) {
  const file = path.join(tmp, "seed.sql");
  const { stdout } = run(process.execPath, [TSX, SEED_SCRIPT, file], "writing the demo seed SQL");
  const logins = JSON.parse(stdout);
  const admin = logins.find((login) => login.role === "province_admin");
  if (!admin) throw new BenchFailed("the seed script printed no province_admin login");
  return { statements: splitSql(readFileSync(file, "utf8")), admin };
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

const isSequential = (scenario) => scenario.operations !== undefined;

/** One side of the interleaved windows: a scenario with its headers and its own keep-alive sockets. */
function sideOf(scenario, headers, opts) {
  // A sync call carries 100 writes (seconds each): one connection, calls one after another, and the
  // rate taken from their mean time rather than from the few that end in a window.
  const sequential = isSequential(scenario);
  const connections = sequential ? 1 : opts.connections;
  return { scenario, headers, sequential, connections, agent: keepAliveAgent(connections) };
}

async function loadWindow(origin, side, { warmupMs, durationMs, minRequests = 0 }) {
  const { scenario } = side;
  const result = await runLoad({
    url: `${origin}${scenario.path}`,
    headers: side.headers,
    method: scenario.method,
    next: scenario.next,
    verify: scenario.verify,
    connections: side.connections,
    agent: side.agent,
    warmupMs,
    durationMs,
    minRequests,
    timeoutMs: side.sequential ? 60_000 : 10_000,
  });
  if (result.failure) {
    const { status, body, error } = result.failure;
    throw new BenchFailed(
      `${scenario.label}: ${scenario.method ?? "GET"} ${scenario.path} ${error ? `failed: ${error}` : `answered ${status}: ${body}`} under load`,
    );
  }
  return result;
}

/**
 * `sides` (a baseline and its service, or one scenario alone) in interleaved windows: each side's
 * first answer checked, then a warm-up of each, then one window of each side per pair, the order
 * reversed every other pair. Returns each side's measured windows, in pair order.
 */
async function measureInterleaved(origin, sides, opts) {
  const sequential = sides.some((side) => side.sequential);
  const windows = sides.map(() => []);
  try {
    for (const side of sides) await preflight(origin, side.scenario, side.headers);
    // A sync call's warm-up is its checked first answer: each call is 100 writes.
    if (!sequential && opts.warmupMs > 0) {
      for (const side of sides) await loadWindow(origin, side, { warmupMs: 0, durationMs: opts.warmupMs });
    }
    const window = sequential
      ? { warmupMs: 0, durationMs: opts.windowMs, minRequests: 1 }
      : { warmupMs: WINDOW_SETTLE_MS, durationMs: opts.windowMs };
    for (const index of interleave(sides.length, pairsFor(opts, sequential))) {
      const side = sides[index];
      const result = await loadWindow(origin, side, window);
      if (result.requests === 0) {
        throw new BenchFailed(
          `${side.scenario.label}: no request completed in a ${opts.windowMs / 1000} s window (try a longer --window)`,
        );
      }
      windows[index].push(result);
    }
  } finally {
    for (const side of sides) side.agent.destroy();
  }
  return windows;
}

const rateText = (rps) => (rps < 100 ? rps.toFixed(1) : fmt.rps(rps));
const spreadText = (ratios) =>
  `${fmt.ratio(median(ratios))} (${fmt.range({ min: Math.min(...ratios), max: Math.max(...ratios) })}, ${ratios.length} pairs)`;

/**
 * One run: every scenario in the order of `list`, a service scenario together with its baseline
 * (a baseline of two services is measured with each, and its figures taken over all its windows).
 * Returns each scenario's req/s, p50 and p99 over its windows, and each service scenario's pair ratios.
 */
async function measureRun(origin, list, token, opts, runLabel) {
  const byKey = Object.fromEntries(list.map((scenario) => [scenario.key, scenario]));
  const baselines = new Set(list.map((scenario) => scenario.baseline).filter(Boolean));
  const side = (scenario) =>
    sideOf(scenario, scenario.auth ? { authorization: `Bearer ${token}` } : {}, opts);
  const windows = Object.fromEntries(list.map((scenario) => [scenario.key, []]));
  const ratios = {};
  const show = (scenario, measured, extra = "") => {
    const r = combineWindows(measured, isSequential(scenario));
    say(
      `${runLabel}  ${scenario.label.padEnd(52)} ${rateText(r.rps).padStart(7)} req/s  p50 ${fmt.ms(r.p50)} ms  p99 ${fmt.ms(r.p99)} ms${extra}`,
    );
  };
  for (const scenario of list) {
    if (scenario.baseline) {
      const baseline = byKey[scenario.baseline];
      const [ofBaseline, ofService] = await measureInterleaved(
        origin,
        [side(baseline), side(scenario)],
        opts,
      );
      windows[baseline.key].push(...ofBaseline);
      windows[scenario.key].push(...ofService);
      ratios[scenario.key] = pairRatios(ofBaseline, ofService, isSequential(scenario));
      show(baseline, ofBaseline);
      show(scenario, ofService, `  ratio ${spreadText(ratios[scenario.key])}`);
    } else if (!baselines.has(scenario.key)) {
      const [alone] = await measureInterleaved(origin, [side(scenario)], opts);
      windows[scenario.key].push(...alone);
      show(scenario, alone);
    }
  }
  return Object.fromEntries(
    list.map((scenario) => [
      scenario.key,
      {
        ...combineWindows(windows[scenario.key], isSequential(scenario)),
        ...(ratios[scenario.key] ? { pairRatios: ratios[scenario.key] } : {}),
      },
    ]),
  );
}

/** The reporting cron for May 2025 over the demo province, timed until its queue is drained. */
async function regenerateDemoMonth(mf, db) {
  const run = await runCronAndDrain(mf, db, { scheduledTime: DEMO_CRON_TIME, timeoutMs: 300_000 });
  return { where: "demo province", periods: "2025-05, ..2025-05-31", ...run };
}

/** `npm test` once with turbo's cache off: wall seconds and exit status. */
function timeNpmTest() {
  const loadStart = os.loadavg()[0];
  say(`npm test (TURBO_FORCE=true), load average ${loadStart.toFixed(2)} …`);
  const started = performance.now();
  const result = spawnSync("npm", ["test"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 30 * 60_000,
    env: { ...process.env, TURBO_FORCE: "true" },
  });
  const seconds = (performance.now() - started) / 1000;
  const tail = `${result.stdout ?? ""}${result.stderr ?? ""}`
    .trim()
    .split("\n")
    .filter((line) => /Failed:|failed|✖/.test(line))
    .slice(-5)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join(" / ")
    .slice(0, 400);
  say(`npm test: exit ${result.status} in ${seconds.toFixed(0)} s`);
  return { seconds, status: result.status ?? -1, tail, loadStart };
}

// ------------------------------------------------------------------ report
function consoleTable(rows) {
  say();
  say(
    `${"scenario".padEnd(52)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"ratio".padStart(9)}  pairs min–max`,
  );
  for (const r of rows) {
    say(
      `${r.label.padEnd(52)}${rateText(r.rps).padStart(9)}${fmt.ms(r.p50).padStart(9)}${fmt.ms(r.p99).padStart(9)}${(r.ratio === undefined ? "" : fmt.ratio(r.ratio)).padStart(9)}${r.spread ? `  ${fmt.range(r.spread)}` : ""}`,
    );
  }
  say();
}

/** The prose a new docs/benchmarks.md starts with (an existing one keeps its own above the mark). */
const DEFAULT_INTRO = `# Benchmarks

\`npm run bench\` runs the workers on Miniflare directly against raw D1 baselines and checks the
targets; what each scenario does is described in infra/bench/bench.mjs and infra/bench/scenarios.mjs.
`;

// ------------------------------------------------------------------ main
async function main() {
  const opts = options();
  const started = Date.now();
  const setupBudgetMs = 240_000;
  // Per window: its settle, a second of slack; per run: 14 scenarios' warm-ups and windows, the sync pairs on top.
  const windowsMs = (sequential) =>
    2 * pairsFor(opts, sequential) * (opts.windowMs + WINDOW_SETTLE_MS + 1_000);
  const loadBudgetMs =
    opts.runs * (14 * (2 * opts.warmupMs + windowsMs(false) + 20_000) + 2 * windowsMs(true));
  const extraBudgetMs = (opts.scale ? 3 * 3600_000 : 0) + (opts.npmTest ? 30 * 60_000 : 0) + 300_000;
  // Every step is bounded on its own; this is the backstop for the whole run.
  const watchdog = setTimeout(
    () => {
      process.stderr.write(`bench: gave up after ${Math.round((Date.now() - started) / 1000)} s\n`);
      process.exit(1);
    },
    setupBudgetMs + loadBudgetMs + extraBudgetMs,
  );
  watchdog.unref();

  if (opts.build) build();
  const bundles = bundleSizes();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ishc-bench-"));
  // Also on Ctrl-C or the watchdog: Miniflare stops workerd on exit, this removes the database and bundle copies.
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
  const runtimeLog = [];
  const keep = (stream) => {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      runtimeLog.push(chunk);
      if (runtimeLog.length > 40) runtimeLog.shift();
    });
  };
  let stack;
  try {
    say("seed: writing the demo province …");
    const { statements, admin } = seed(tmp);
    const bundleDir = path.join(tmp, "bundles");
    stack = await startStack({
      apps: STACK_APPS,
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
    const { mf, origin, db } = stack;
    const asOf = vietnamToday();
    const subjects = await pickSubjects(db, asOf, admin.login);
    say(
      `miniflare on ${origin}: migrated, ${statements.length} seed statements; club ${subjects.clubId} (${subjects.clubMembers} members), person ${subjects.personId}, ${subjects.clubsUnder} clubs`,
    );
    const loans = await prepareLoans(db, subjects);
    const list = scenarios({ subjects, asOf, loans });
    const loadStart = os.loadavg()[0];
    if (loadStart > BUSY_LOAD)
      say(`note: load average ${loadStart.toFixed(2)} before the load: the machine is busy`);
    const perRun = [];
    const runLoads = [];
    for (let runIndex = 0; runIndex < opts.runs; runIndex++) {
      // A fresh token each run: access tokens last 15 minutes.
      const token = await login(origin, admin);
      runLoads.push(os.loadavg()[0]);
      perRun.push(await measureRun(origin, list, token, opts, `run ${runIndex + 1}/${opts.runs}`));
    }
    const loadEnd = os.loadavg()[0];
    const rows = summarise(list, perRun);
    consoleTable(rows);

    say("regeneration: the reporting cron for May 2025 over the demo province …");
    const demo = await regenerateDemoMonth(mf, db);
    say(`regeneration: ${demo.units} messages drained in ${demo.seconds.toFixed(1)} s`);
    await stack.dispose();
    stack = undefined;

    const scale = opts.scale ? await measureScale({ from: opts.scaleFrom, say }) : undefined;
    const regeneration = {
      demo,
      scale: scale && {
        where: `scale province (${scale.rows[0].sizes.clubs.toLocaleString("en-US")} clubs)`,
        periods: "2024-12, 2024-Q4, 2024, ..2024-12-31",
        ...scale.cron,
      },
      // The generator's 10× province runs the cron too: shown, not a target (the target is a month at today's history).
      more: (scale?.rows ?? [])
        .slice(1)
        .filter((row) => row.cron)
        .map((row) => ({
          where: `scale province, ${row.label}`,
          periods: "2024-12, 2024-Q4, 2024, ..2024-12-31",
          ...row.cron,
        })),
    };
    const npmTest = opts.npmTest ? timeNpmTest() : undefined;

    const list2 = targets({ rows, regeneration, scale, bundles, npmTest });
    for (const t of list2) say(`target  ${t.name}: ${verdict(t).text}`);
    if (opts.writeDoc) {
      const args = process.argv.slice(2);
      const command =
        // biome-ignore lint/suspicious/noUndeclaredEnvVars: not a turbo task; it only names the command in the doc
        process.env.npm_lifecycle_event === "bench"
          ? `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`
          : `node infra/bench/bench.mjs${args.length ? ` ${args.join(" ")}` : ""}`;
      const previous = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
      const meta = {
        date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
        command,
        cpu: os.cpus()[0]?.model ?? "unknown CPU",
        cores: os.cpus().length,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        versions: {
          miniflare: version("miniflare"),
          workerd: version("workerd"),
          wrangler: version("wrangler"),
        },
        source: sourceState(),
        subjects,
        asOf,
        admin: admin.login,
        bundle: opts.bundle && rel(opts.bundle),
        loadStart,
        loadEnd,
        runLoads,
        busyLoad: BUSY_LOAD,
        loadNow: () => os.loadavg()[0].toFixed(2),
      };
      const generated = renderGenerated({
        rows,
        regeneration,
        scale,
        bundles,
        npmTest,
        meta,
        opts,
        previous,
      });
      mkdirSync(path.dirname(DOC), { recursive: true });
      writeFileSync(DOC, withGenerated(previous, generated, DEFAULT_INTRO), "utf8");
      say(`wrote ${rel(DOC)}`);
    }
    say(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    if (error instanceof BenchFailed && runtimeLog.length > 0) {
      process.stderr.write(`--- last runtime output ---\n${runtimeLog.join("").slice(-4000)}\n`);
    }
    throw error;
  } finally {
    await stack?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench: ${error instanceof BenchFailed ? error.message : (error?.stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
});
