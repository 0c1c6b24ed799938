/**
 * The local stack for the browser tests: the gateway and the services it lists
 * (apps/gateway/src/services.json) from their dry-run bundles on Miniflare, started through
 * infra/lib/stack.mjs, over a D1 database of their own in a temporary folder — migrated and
 * seeded with the demo province exactly as `npm run dev` does (wrangler d1 migrations apply, the
 * demo seed SQL) — so the tests never touch .wrangler/state. The bundles are copied first, so a
 * rebuild while the tests run cannot change the code under them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../../../infra/lib/jsonc.mjs";
import { startStack as startWorkers } from "../../../infra/lib/stack.mjs";

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

/** The workers' last lines of output (their request logs), for a failure report. */
function recentOutput(limit = 60) {
  const lines = [];
  const keep = (stream) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      lines.push(...parts.filter(Boolean));
      if (lines.length > limit) lines.splice(0, lines.length - limit);
    });
  };
  return {
    lines,
    handleRuntimeStdio: (stdout, stderr) => {
      keep(stdout);
      keep(stderr);
    },
  };
}

export async function startStack({ log = () => {} } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "ishc-browser-"));
  const state = path.join(dir, "state");
  const timings = {};
  let t = Date.now();
  const lap = (name) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  try {
    const d1 = ["--local", "--persist-to", state, "-c", MIGRATIONS_CONFIG];
    run([WRANGLER, "d1", "migrations", "apply", "ishc", ...d1], "migrations");
    lap("migrate");
    const seed = path.join(dir, "seed.sql");
    const logins = JSON.parse(run([TSX, "packages/demo-data/src/write-seed-sql.ts", seed], "seed SQL"));
    run([WRANGLER, "d1", "execute", "ishc", ...d1, "--file", seed], "loading the seed");
    lap("seed");
    log(`stack: migrated and seeded ${state} (${timings.migrate + timings.seed} ms)`);

    const services = JSON.parse(
      readFileSync(path.join(ROOT, "apps/gateway/src/services.json"), "utf8"),
    ).services;
    const apps = ["gateway", ...services.map((s) => s.name)];
    const output = recentOutput();
    const stack = await startWorkers({
      apps,
      d1Persist: path.join(state, "v3", "d1"),
      migrate: false,
      bundleDir: path.join(dir, "bundles"),
      host: "127.0.0.1",
      port: 0,
      handleRuntimeStdio: output.handleRuntimeStdio,
    });
    lap("start");
    log(`stack: ${apps.length} workers on ${stack.origin}`);
    return {
      origin: stack.origin,
      logins,
      timings,
      jwtSecret: stack.jwtSecret,
      /** The workers' most recent log lines (request logs, errors). */
      recentLogs: () => [...output.lines],
      async stop() {
        await stack.dispose();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
