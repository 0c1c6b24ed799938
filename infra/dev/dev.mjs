#!/usr/bin/env node
/**
 * The local stack (`npm run dev`): one origin, http://localhost:8787/<service>/…
 *
 *  1. a local JWT secret (generated once into .wrangler/dev-secret) copied into every app's .dev.vars;
 *  2. the D1 migrations applied to the local database in .wrangler/state;
 *  3. the demo province seeded if the database holds no org units yet;
 *  4. the demo logins and the service URLs printed;
 *  5. the console's files built (apps/web), then `wrangler dev` with the gateway first and the four
 *     services and the console behind it, in the foreground.
 *
 * `--port N` (or `--port=N`) serves on N instead of 8787; other arguments go to `wrangler dev`
 * (e.g. `npm run dev -- --port 8799 --ip 0.0.0.0`).
 * Start over with `rm -rf .wrangler/state`.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WRANGLER = path.join(ROOT, "node_modules/wrangler/bin/wrangler.js");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const LOCAL = path.join(ROOT, ".wrangler");
const STATE = path.join(LOCAL, "state");
const SECRET_FILE = path.join(LOCAL, "dev-secret");
const SEED_SCRIPT = path.join(ROOT, "packages/demo-data/src/write-seed-sql.ts");
const SEED_SQL = path.join(LOCAL, "seed.sql");
const LOGINS_FILE = path.join(LOCAL, "demo-logins.json");
const DATABASE = "ishc";
const DEFAULT_PORT = 8787;
/** The one list of services (the gateway bundles it; its tests check it against wrangler.jsonc). */
const SERVICES_FILE = path.join(ROOT, "apps/gateway/src/services.json");
const LISTED = JSON.parse(readFileSync(SERVICES_FILE, "utf8")).services;
/** The services with an API; the one marked `root` is the console (apps/web), served at `/`. */
const SERVICES = LISTED.filter((service) => !service.root).map((service) => service.name);
const CONSOLE = LISTED.find((service) => service.root)?.name;
/** The gateway first: it is served on the port; the others are reached through its service bindings. */
const APPS = ["gateway", ...LISTED.map((service) => service.name)];
const MIGRATIONS_CONFIG = "packages/domain/wrangler.jsonc";

const say = (line = "") => process.stdout.write(`${line}\n`);
const rel = (file) => path.relative(ROOT, file);

class StepFailed extends Error {}

/** `--port N` / `--port=N` is this script's (the URLs it prints use it); the rest goes to `wrangler dev`. */
function parseArgs(argv) {
  let port = DEFAULT_PORT;
  const wranglerArgs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value;
    if (arg === "--port") value = argv[++i];
    else if (arg.startsWith("--port=")) value = arg.slice("--port=".length);
    else {
      wranglerArgs.push(arg);
      continue;
    }
    const number = /^\d{1,5}$/.test(value ?? "") ? Number(value) : Number.NaN;
    if (!(number >= 1 && number <= 65535)) {
      throw new StepFailed(`--port takes a port number from 1 to 65535, not ${value ?? "nothing"}`);
    }
    port = number;
  }
  return { port, wranglerArgs };
}

/** Runs a command to completion; output captured unless `inherit`. */
function run(args, { env = {}, inherit = false, command = process.execPath } = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: inherit ? "inherit" : "pipe",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function wrangler(args, options = {}) {
  // CI=true: wrangler confirms prompts (e.g. "apply N migrations?") by itself.
  return run([WRANGLER, ...args], { ...options, env: { CI: "true", ...options.env } });
}

function failWith(what, result) {
  process.stderr.write(result.stdout);
  process.stderr.write(result.stderr);
  throw new StepFailed(`${what} failed (exit ${result.code})`);
}

// 1. -------------------------------------------------------------- the local secret
function ensureLocalSecret() {
  mkdirSync(LOCAL, { recursive: true });
  let secret = existsSync(SECRET_FILE) ? readFileSync(SECRET_FILE, "utf8").trim() : "";
  if (!/^[0-9a-f]{64}$/.test(secret)) {
    secret = randomBytes(32).toString("hex");
    writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  }
  for (const app of APPS) {
    const dir = path.join(ROOT, "apps", app);
    if (!existsSync(dir)) continue;
    const file = path.join(dir, ".dev.vars");
    const others = existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "" && !line.startsWith("JWT_SECRET="))
      : [];
    writeFileSync(file, [`JWT_SECRET=${secret}`, ...others, ""].join("\n"), { mode: 0o600 });
  }
  say(`JWT_SECRET: a local development key only (${rel(SECRET_FILE)}, copied into apps/*/.dev.vars).`);
  say("            Deployed workers use `wrangler secret put JWT_SECRET`; never reuse this one.");
}

// 2. -------------------------------------------------------------- migrations
function applyMigrations() {
  const result = wrangler([
    "d1",
    "migrations",
    "apply",
    DATABASE,
    "--local",
    "--persist-to",
    STATE,
    "-c",
    MIGRATIONS_CONFIG,
  ]);
  if (result.code !== 0) failWith("applying the D1 migrations", result);
  const applied = [
    ...new Set([...result.stdout.matchAll(/│\s*(\d{4}_[\w-]+\.sql)\s*│\s*✅/g)].map((m) => m[1])),
  ];
  say(
    applied.length > 0
      ? `migrations: applied ${applied.join(", ")} to the local database in ${rel(STATE)}`
      : `migrations: the local database in ${rel(STATE)} is up to date`,
  );
}

// 3. -------------------------------------------------------------- demo data
/** `wrangler d1 execute` against the local database every worker shares. */
function d1Execute(args) {
  return wrangler([
    "d1",
    "execute",
    DATABASE,
    "--local",
    "--persist-to",
    STATE,
    "-c",
    MIGRATIONS_CONFIG,
    ...args,
  ]);
}

function countOrgUnits() {
  const result = d1Execute(["--json", "--command", "SELECT count(*) AS n FROM org_units"]);
  if (result.code !== 0) failWith("counting org units", result);
  const [first] = JSON.parse(result.stdout);
  return Number(first?.results?.[0]?.n ?? 0);
}

/** Returns the demo logins it wrote, or null when it could not seed. */
function seedDemoProvince() {
  if (!existsSync(SEED_SCRIPT)) {
    say(`seed: skipped — ${rel(SEED_SCRIPT)} does not exist yet; the database stays empty.`);
    return null;
  }
  say(`seed: the database holds no org units; writing the demo province with ${rel(SEED_SCRIPT)} …`);
  const generated = run([TSX, SEED_SCRIPT, SEED_SQL]);
  if (generated.stderr.trim()) process.stderr.write(generated.stderr);
  let logins;
  try {
    if (generated.code !== 0) throw new Error(`exit ${generated.code}`);
    logins = JSON.parse(generated.stdout);
    if (!Array.isArray(logins)) throw new Error("its stdout is not a JSON array of logins");
  } catch (error) {
    say(`seed: skipped — the seed script failed (${error.message}); the database stays empty.`);
    say("      `npm run dev` tries again next time, while the database has no org units.");
    return null;
  }
  const loaded = d1Execute(["--file", SEED_SQL]);
  if (loaded.code !== 0) {
    failWith(`loading ${rel(SEED_SQL)} (to start over: rm -rf ${rel(STATE)})`, loaded);
  }
  writeFileSync(LOGINS_FILE, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
  say(`seed: loaded ${rel(SEED_SQL)}; the logins are kept in ${rel(LOGINS_FILE)}`);
  return logins;
}

// 4. -------------------------------------------------------------- what to open
function printLogins(logins) {
  if (!logins || logins.length === 0) {
    say("demo logins: none (the database was not seeded by this script)");
    return;
  }
  say("demo logins (local demo data only):");
  const rows = logins.map((l) => [
    String(l.login),
    String(l.password ?? "?"),
    String(l.role),
    l.orgUnitName ?? "",
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows)
    say(`  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
}

function printUrls(port) {
  const origin = `http://localhost:${port}`;
  if (CONSOLE) say(`console: ${origin}/ (sign in with a demo login)`);
  say(`gateway: ${origin}/services (lists the services)`);
  for (const service of SERVICES) say(`  ${service.padEnd(10)}  ${origin}/${service}/docs`);
  say(`sign in: curl -s ${origin}/membership/auth/login -H 'content-type: application/json' \\`);
  say(`           -d '{"login":"<login>","password":"<password>"}'`);
}

// 5. -------------------------------------------------------------- the workers
/** The console's files (apps/web/dist-web), which its worker bundles: built before wrangler starts. */
function buildConsole() {
  if (!CONSOLE) return;
  const result = run([path.join(ROOT, "apps", CONSOLE, "build-ui.mjs")]);
  if (result.code !== 0) failWith(`building the console (apps/${CONSOLE}/build-ui.mjs)`, result);
  say(result.stdout.trim());
}

function startStack(port, wranglerArgs) {
  const configs = APPS.flatMap((app) => ["-c", `apps/${app}/wrangler.jsonc`]);
  const args = [WRANGLER, "dev", ...configs, "--persist-to", STATE, "--port", String(port), ...wranglerArgs];
  say(
    `starting: wrangler dev ${configs.join(" ")} --persist-to ${rel(STATE)} --port ${port} ${wranglerArgs.join(" ")}`.trimEnd(),
  );
  say();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  const forward = (signal) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1);
  });
}

try {
  const { port, wranglerArgs } = parseArgs(process.argv.slice(2));
  if (!existsSync(WRANGLER)) throw new StepFailed("wrangler is not installed: run `npm install` first");
  ensureLocalSecret();
  applyMigrations();
  let logins = null;
  const units = countOrgUnits();
  if (units === 0) {
    logins = seedDemoProvince();
  } else {
    say(
      `seed: the database already holds ${units} org units; not seeding (rm -rf ${rel(STATE)} to start over)`,
    );
    if (existsSync(LOGINS_FILE)) logins = JSON.parse(readFileSync(LOGINS_FILE, "utf8"));
  }
  say();
  printLogins(logins);
  say();
  printUrls(port);
  buildConsole();
  say();
  startStack(port, wranglerArgs);
} catch (error) {
  process.stderr.write(`dev: ${error instanceof StepFailed ? error.message : error.stack}\n`);
  process.exitCode = 1;
}
