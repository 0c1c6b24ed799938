#!/usr/bin/env node
/**
 * Which workers a change touches, as turbo sees it: the apps whose `build` task
 * `turbo run build --dry=json --filter=...[<base>]` selects (the packages changed since <base>
 * and every package that depends on them). CI deploys exactly these (`turbo run deploy
 * --affected`, the same selection); a change to packages/domain or packages/edge-kit selects
 * every worker, a change to one service selects that service alone (the tests of the workers
 * together, which need every bundle, live in packages/system-tests, which deploys nothing).
 *
 *   node infra/scripts/affected.mjs [base]     (default HEAD^1; prints one app per line)
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../lib/jsonc.mjs";

const TURBO = path.join(ROOT, "node_modules/.bin/turbo");

/** The apps (folder names) whose build turbo selects for a change since `base`, in `cwd`'s repository. */
export function affectedApps({ cwd = ROOT, base = "HEAD^1", task = "build" } = {}) {
  const result = spawnSync(TURBO, ["run", task, "--dry=json", `--filter=...[${base}]`], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_PRINT_VERSION_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`turbo --dry=json failed:\n${result.stderr}`);
  const plan = JSON.parse(result.stdout.slice(result.stdout.indexOf("{")));
  // The plan also holds tasks the selected ones depend on (e.g. builds a test waits for): only
  // the selected packages' own tasks count.
  const selected = new Set(plan.packages);
  return plan.tasks
    .filter((t) => selected.has(t.package) && t.task === task && t.command !== "<NONEXISTENT>")
    .filter((t) => t.directory.startsWith("apps/"))
    .map((t) => t.directory.slice("apps/".length))
    .sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const app of affectedApps({ base: process.argv[2] ?? "HEAD^1" })) console.log(app);
}
