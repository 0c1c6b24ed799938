/**
 * The workers as they ship, on Miniflare: each app's dry-run bundle (`apps/<app>/dist/index.js`)
 * with the bindings its wrangler.jsonc declares (D1, service bindings, queues, vars, the JWT
 * secret), one shared D1 database with the real migrations applied, and the reporting cron run
 * to the end of its queue. The system tests (packages/system-tests), the benchmarks and the scale report all
 * start the stack through this module.
 */
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";
import { ROOT, wranglerConfigOf } from "./jsonc.mjs";

export const MIGRATIONS_DIR = path.join(ROOT, "packages/domain/migrations");

/** `apps/<app>/dist/index.js`, or an error that says how to build it. */
export function bundlePath(app) {
  const scriptPath = path.join(ROOT, "apps", app, "dist", "index.js");
  if (!existsSync(scriptPath)) {
    throw new Error(
      `${path.relative(ROOT, scriptPath)} is missing: build it first (\`npx turbo run build --filter=@ishc/${app}\`)`,
    );
  }
  return scriptPath;
}

/**
 * The app's bundle copied into `dir/<app>/` (source maps left out), so a rebuild while the
 * stack runs cannot change the code under it. Returns the copy's `index.js`.
 */
export function copyBundle(app, dir) {
  const scriptPath = bundlePath(app);
  const copy = path.join(dir, app);
  mkdirSync(copy, { recursive: true });
  cpSync(path.dirname(scriptPath), copy, { recursive: true, filter: (src) => !src.endsWith(".map") });
  return path.join(copy, "index.js");
}

const queueConsumer = (c) => ({
  ...(c.max_batch_size === undefined ? {} : { maxBatchSize: c.max_batch_size }),
  ...(c.max_batch_timeout === undefined ? {} : { maxBatchTimeout: c.max_batch_timeout }),
  ...(c.max_retries === undefined ? {} : { maxRetries: c.max_retries }),
  ...(c.dead_letter_queue === undefined ? {} : { deadLetterQueue: c.dead_letter_queue }),
});

/**
 * One worker's Miniflare options from its wrangler.jsonc. `routes` (e.g. `["*\/membership/*"]`)
 * picks it for requests to the stack's port; without routes only the first worker answers them.
 */
export function workerOptions(app, { jwtSecret, routes, scriptPath } = {}) {
  const config = wranglerConfigOf(app);
  const script = scriptPath ?? bundlePath(app);
  const d1 = config.d1_databases ?? [];
  const queues = config.queues ?? {};
  return {
    name: config.name,
    modules: true,
    scriptPath: script,
    // Module names are relative to this root; the default (cwd) would put `..` in them.
    modulesRoot: path.dirname(script),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    ...(routes ? { routes } : {}),
    d1Databases: Object.fromEntries(d1.map((db) => [db.binding, db.database_id])),
    serviceBindings: Object.fromEntries((config.services ?? []).map((s) => [s.binding, s.service])),
    queueProducers: Object.fromEntries(
      (queues.producers ?? []).map((p) => [p.binding, { queueName: p.queue }]),
    ),
    queueConsumers: Object.fromEntries((queues.consumers ?? []).map((c) => [c.queue, queueConsumer(c)])),
    // Only the services with a database verify tokens; the gateway and the console have no secret.
    bindings: { ...(config.vars ?? {}), ...(d1.length > 0 && jwtSecret ? { JWT_SECRET: jwtSecret } : {}) },
  };
}

/** The migrations as wrangler applies them: files in order, statements split on drizzle's breakpoints. */
export function migrationBatches() {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({
      file,
      statements: readFileSync(path.join(MIGRATIONS_DIR, file), "utf8")
        .split("--> statement-breakpoint")
        .map((statement) => statement.trim())
        .filter((statement) => statement.length > 0),
    }));
}

/**
 * The migrations, one D1 batch per file. `pending: true` is for a database migrated earlier
 * (wrangler's `d1_migrations` table): only the files it does not list yet are applied, and recorded.
 */
export async function applyMigrations(db, { pending = false } = {}) {
  const applied = pending ? await appliedMigrations(db) : new Set();
  for (const { file, statements } of migrationBatches()) {
    if (applied.has(file)) continue;
    const record = pending ? [db.prepare("INSERT INTO d1_migrations (name) VALUES (?)").bind(file)] : [];
    try {
      await db.batch([...statements.map((statement) => db.prepare(statement)), ...record]);
    } catch (error) {
      throw new Error(`migration ${file} failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}

async function appliedMigrations(db) {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)",
  );
  const { results } = await db.prepare("SELECT name FROM d1_migrations").all();
  return new Set(results.map((row) => row.name));
}

/** The statements of a seed script (`toSqlScript`): each ends with `;` at the end of a line, never inside a literal. */
export const seedStatements = (script) =>
  script
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);

/** Runs statements in D1 batches of `chunk`. */
export async function runStatements(db, statements, { chunk = 50 } = {}) {
  for (let i = 0; i < statements.length; i += chunk) {
    try {
      await db.batch(statements.slice(i, i + chunk).map((statement) => db.prepare(statement)));
    } catch (error) {
      throw new Error(
        `statement ${i}–${i + chunk - 1} failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}

/**
 * Starts `apps` (the first answers `dispatchFetch` and unrouted requests) and `extraWorkers` in
 * one Miniflare sharing one D1 database, migrates it (`migrate: "pending"` for a persisted database
 * migrated before: the files its d1_migrations does not list; false: not at all) and runs `seed`
 * statements. `d1Persist` is a folder, or false for
 * memory. `routes: true` routes `/<app>/…` to each app on the stack's port. `bundleDir` copies
 * each bundle there first; `scriptPaths[app]` runs another bundle for that app.
 */
export async function startStack({
  apps,
  jwtSecret = randomBytes(32).toString("hex"),
  d1Persist = false,
  extraWorkers = [],
  routes = false,
  bundleDir,
  scriptPaths = {},
  migrate = true,
  seed = [],
  host,
  port,
  handleRuntimeStdio,
}) {
  const workers = apps.map((app) =>
    workerOptions(app, {
      jwtSecret,
      routes: routes ? [`*/${app}/*`] : undefined,
      scriptPath: scriptPaths[app] ?? (bundleDir ? copyBundle(app, bundleDir) : undefined),
    }),
  );
  const withDb = apps.find((app) => (wranglerConfigOf(app).d1_databases ?? []).length > 0);
  if (!withDb) throw new Error(`none of ${apps.join(", ")} has a D1 database`);
  const dbConfig = wranglerConfigOf(withDb);
  const mf = new Miniflare({
    workers: [...workers, ...extraWorkers],
    d1Persist,
    ...(host === undefined ? {} : { host }),
    ...(port === undefined ? {} : { port }),
    ...(handleRuntimeStdio ? { handleRuntimeStdio } : {}),
  });
  try {
    const origin = (await mf.ready).origin;
    const binding = dbConfig.d1_databases[0].binding;
    const db = await mf.getD1Database(binding, dbConfig.name);
    if (migrate) await applyMigrations(db, { pending: migrate === "pending" });
    if (seed.length > 0) await runStatements(db, seed);
    return {
      mf,
      origin,
      db,
      jwtSecret,
      databaseId: dbConfig.d1_databases[0].database_id,
      dispose: () => mf.dispose(),
    };
  } catch (error) {
    await mf.dispose();
    throw error;
  }
}

const countOf = async (db, sql, ...params) =>
  Number(
    (
      await db
        .prepare(sql)
        .bind(...params)
        .first()
    )?.n ?? 0,
  );

/**
 * Runs the reporting worker's cron as at `scheduledTime` and waits, bounded by `timeoutMs`, until
 * every message of the run it records has been consumed (each unit's row in report_run_items
 * 'generated'). Returns the run, its units (= queue messages) and the seconds it took.
 */
export async function runCronAndDrain(
  mf,
  db,
  { scheduledTime, cron = "0 19 1 * *", timeoutMs = 120_000, pollMs = 250, onFailed } = {},
) {
  const runsBefore = await countOf(db, "SELECT count(*) AS n FROM report_runs");
  const reporting = await mf.getWorker(wranglerConfigOf("reporting").name);
  const started = performance.now();
  const outcome = await reporting.scheduled({ cron, scheduledTime });
  if (outcome.outcome !== "ok") throw new Error(`the reporting cron answered ${outcome.outcome}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await db
      .prepare("SELECT id, units_queued AS queued FROM report_runs ORDER BY started_at DESC, id DESC LIMIT 1")
      .first();
    if (run && (await countOf(db, "SELECT count(*) AS n FROM report_runs")) > runsBefore) {
      const items = await db
        .prepare(
          "SELECT count(*) AS n, coalesce(sum(status = 'generated'), 0) AS done, coalesce(sum(status = 'failed'), 0) AS failed FROM report_run_items WHERE run_id = ?",
        )
        .bind(run.id)
        .first();
      if (Number(items.done) === Number(run.queued)) {
        return {
          runId: run.id,
          units: Number(run.queued),
          items: Number(items.n),
          seconds: (performance.now() - started) / 1000,
        };
      }
      if (Number(items.failed) > 0) onFailed?.(Number(items.failed));
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the reporting run ${run?.id ?? "(not recorded)"} was not consumed within ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
