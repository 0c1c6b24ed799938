#!/usr/bin/env node
/**
 * Applies the D1 migrations (packages/domain/migrations) to an environment's database. It runs
 * before any worker is deployed to that environment: `turbo run deploy` makes every app's
 * `deploy` wait for it (the root task `//#migrate`), and a worker's deploy refuses while one is
 * still pending.
 *
 *   ISHC_ENV=staging npm run migrate        (or: node infra/deploy/migrate.mjs staging)
 *   npm run migrate:local                   the local database in .wrangler/state, as `npm run dev`
 *
 * Refuses, before anything changes: an unknown environment; staging or production without
 * CLOUDFLARE_API_TOKEN / CLOUDFLARE_ACCOUNT_ID or with a placeholder database id; a migration
 * that drops or renames what the previous schema had without a `-- contraction:` line.
 */
import path from "node:path";
import { checkMigrations } from "../scripts/check-migrations.mjs";
import {
  loadEnvironment,
  main,
  migrationsConfigFor,
  pendingMigrations,
  preflight,
  Refusal,
  ROOT,
  wrangler,
  writeConfig,
} from "./lib.mjs";

const say = (line) => process.stdout.write(`${line}\n`);

await main("migrate", async () => {
  const name = process.argv[2] ?? process.env.ISHC_ENV;
  const local = loadEnvironment(name).deployable === false;
  const environment = local ? loadEnvironment(name) : preflight(name);

  const discipline = checkMigrations();
  if (discipline.problems.length > 0) {
    throw new Refusal(
      `migrations that drop or rename what the previous schema had, without a "-- contraction:" line:\n  ${discipline.problems.join("\n  ")}\n(node infra/scripts/check-migrations.mjs explains)`,
    );
  }

  const persist = local ? ["--persist-to", path.join(ROOT, ".wrangler/state")] : [];
  const where = local ? ["--local", ...persist] : ["--remote"];
  const pending = pendingMigrations(environment, { local, persistTo: persist[1] });
  const database = `${environment.d1.database_name} (${environment.name})`;
  if (pending.length === 0) {
    say(`migrate  ✓ ${database}: every migration already applied`);
    return;
  }
  say(`migrate  ${database}: applying ${pending.join(", ")}`);
  const configFile = writeConfig(environment, "migrations", migrationsConfigFor(environment));
  const { code } = wrangler([
    "d1",
    "migrations",
    "apply",
    environment.d1.database_name,
    ...where,
    "-c",
    configFile,
  ]);
  if (code !== 0) {
    process.stderr.write(
      `✘ migrate failed on ${database}. D1 applies each migration file in one transaction: the ones listed as applied above are in, the failing one is not. Fix it in a new migration (never edit an applied one) and run again; no worker was deployed.\n`,
    );
    process.exit(1);
  }
  const still = pendingMigrations(environment, { local, persistTo: persist[1] });
  if (still.length > 0) {
    process.stderr.write(`✘ migrate: ${database} still lists ${still.join(", ")} as pending\n`);
    process.exit(1);
  }
  say(`migrate  ✓ ${database}: ${pending.length} migration(s) applied`);
});
