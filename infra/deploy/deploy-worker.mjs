#!/usr/bin/env node
/**
 * Deploys one app to one environment: the bundle `npm run build` made (dist/index.js, the one
 * the tests ran), with the environment's worker name, D1 database, queues, crons and route
 * (infra/deploy/lib.mjs `configFor`). Each app's `deploy` script runs it; use it through turbo,
 * which builds, tests and migrates first:
 *
 *   ISHC_ENV=staging npx turbo run deploy --filter=@ishc/funds
 *   npm run deploy:staging -- --filter=@ishc/funds           (the same)
 *
 *   node infra/deploy/deploy-worker.mjs <app> [environment]  (by hand; no build, test or migrate)
 *
 * Refuses, before anything changes: no or an unknown environment, `local`, missing
 * CLOUDFLARE_API_TOKEN / CLOUDFLARE_ACCOUNT_ID, a placeholder left in the environment, no
 * bundle, migrations not yet applied to the environment's database, a queue the environment
 * does not name, a secret the worker needs not set.
 */
import { existsSync } from "node:fs";
import {
  appOf,
  configFor,
  main,
  pendingMigrations,
  preflight,
  Refusal,
  wrangler,
  writeConfig,
} from "./lib.mjs";

const say = (line) => process.stdout.write(`${line}\n`);

await main("deploy", async () => {
  const app = process.argv[2] ?? appOf(process.cwd());
  const environment = preflight(process.argv[3] ?? process.env.ISHC_ENV);
  const config = configFor(app, environment);
  const target = `${config.name} (${environment.name})`;

  if (!existsSync(config.main)) {
    throw new Refusal(
      `${app} has no bundle at ${config.main}: build first (npx turbo run build --filter=@ishc/${app})`,
    );
  }

  if (config.d1_databases?.length) {
    const pending = pendingMigrations(environment);
    if (pending.length > 0) {
      throw new Refusal(
        `${environment.d1.database_name} (${environment.name}) has ${pending.length} migration(s) not applied: ${pending.join(", ")}.\nMigrations go first, so the new code never meets an old schema: ISHC_ENV=${environment.name} npm run migrate (turbo run deploy does it before any worker).`,
      );
    }
  }

  const configFile = writeConfig(environment, app, config);
  const secrets = (environment.secrets ?? [])
    .filter((secret) => secret.workers.includes(app))
    .map((s) => s.name);
  if (secrets.length > 0) {
    const { code, output } = wrangler(["secret", "list", "--format", "json", "-c", configFile], {
      quiet: true,
    });
    let set = null;
    try {
      set = code === 0 ? JSON.parse(output.slice(output.indexOf("["))).map((secret) => secret.name) : null;
    } catch {
      set = null;
    }
    if (set === null) {
      throw new Refusal(
        `could not list ${target}'s secrets (a first deploy? set them first, which creates the worker):\n  npx wrangler secret put ${secrets[0]} -c ${configFile}\nwrangler said:\n${output.trim()}`,
      );
    }
    const missing = secrets.filter((secret) => !set.includes(secret));
    if (missing.length > 0) {
      throw new Refusal(
        `${target} lacks the secret(s) ${missing.join(", ")}: npx wrangler secret put ${missing[0]} -c ${configFile}`,
      );
    }
  }

  say(`deploy  ${target}: ${config.main}`);
  const { code } = wrangler(["deploy", "-c", configFile, "--message", `ishc ${app} to ${environment.name}`]);
  if (code !== 0) {
    process.stderr.write(
      `✘ deploy of ${target} failed (see wrangler's message above); the version running before is still live\n`,
    );
    process.exit(1);
  }
  say(`deploy  ✓ ${target}. Roll back with: npx wrangler rollback --name ${config.name} (docs/deploying.md)`);
});
