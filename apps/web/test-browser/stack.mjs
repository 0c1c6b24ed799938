/**
 * The local stack for the browser tests: the six workers' dry-run bundles (apps/<app>/dist) on
 * Miniflare, as the gateway's stack test runs them, over a D1 database of their own in a
 * temporary folder — migrated and seeded with the demo province exactly as `npm run dev` does
 * (wrangler d1 migrations apply, the demo seed SQL) — so the tests never touch .wrangler/state.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Miniflare } from "miniflare";
import { parseJsonc, ROOT } from "../../../infra/lib/jsonc.mjs";

const WRANGLER = path.join(ROOT, "node_modules/wrangler/bin/wrangler.js");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const MIGRATIONS_CONFIG = "packages/domain/wrangler.jsonc";

function run(args, what, timeout = 300_000) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0)
    throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const configOf = (app) => parseJsonc(readFileSync(path.join(ROOT, "apps", app, "wrangler.jsonc"), "utf8"));

export async function startStack({ log = () => {} } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "ishc-browser-"));
  const state = path.join(dir, "state");
  const timings = {};
  let t = Date.now();
  const lap = (name) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  const d1 = ["--local", "--persist-to", state, "-c", MIGRATIONS_CONFIG];
  run([WRANGLER, "d1", "migrations", "apply", "ishc", ...d1], "migrations");
  lap("migrate");
  const seed = path.join(dir, "seed.sql");
  const logins = JSON.parse(run([TSX, "packages/demo-data/src/write-seed-sql.ts", seed], "seed SQL"));
  run([WRANGLER, "d1", "execute", "ishc", ...d1, "--file", seed], "loading the seed");
  lap("seed");
  log(`stack: migrated and seeded ${state} (${timings.migrate + timings.seed} ms)`);

  const list = JSON.parse(readFileSync(path.join(ROOT, "apps/gateway/src/services.json"), "utf8")).services;
  const secret = randomBytes(32).toString("hex");
  const workers = ["gateway", ...list.map((s) => s.name)].map((app) => {
    const config = configOf(app);
    const scriptPath = path.join(ROOT, "apps", app, "dist", "index.js");
    const dbs = config.d1_databases ?? [];
    return {
      name: config.name,
      modules: true,
      scriptPath,
      modulesRoot: path.dirname(scriptPath),
      compatibilityDate: config.compatibility_date,
      compatibilityFlags: config.compatibility_flags ?? [],
      d1Databases: Object.fromEntries(dbs.map((db) => [db.binding, db.database_id])),
      serviceBindings: Object.fromEntries((config.services ?? []).map((s) => [s.binding, s.service])),
      bindings: dbs.length > 0 ? { JWT_SECRET: secret } : {},
    };
  });
  const mf = new Miniflare({ workers, d1Persist: path.join(state, "v3", "d1"), port: 0, host: "127.0.0.1" });
  const url = await mf.ready;
  lap("start");
  log(`stack: six workers on ${url.origin}`);
  return {
    origin: url.origin,
    logins,
    timings,
    async stop() {
      await mf.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
