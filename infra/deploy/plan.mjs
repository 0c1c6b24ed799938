#!/usr/bin/env node
/**
 * What an environment consists of, and the first-time setup commands for it: the D1 database,
 * the queues, the secrets per worker, each worker's name, route, crons and bindings. It also
 * writes the per-app configs into .wrangler/deploy/<environment>/ so `wrangler secret put … -c`
 * can name them. Changes nothing on Cloudflare; needs no credentials.
 *
 *   npm run deploy:plan -- staging
 */
import path from "node:path";
import {
  apps,
  configFor,
  loadEnvironment,
  main,
  placeholdersIn,
  queuesOf,
  ROOT,
  writeConfig,
} from "./lib.mjs";

const say = (line = "") => process.stdout.write(`${line}\n`);
const rel = (file) => path.relative(ROOT, file);

await main("plan", async () => {
  const environment = loadEnvironment(process.argv[2] ?? process.env.ISHC_ENV);
  say(`# ${environment.name}${environment.deployable ? "" : " (not deployed to: npm run dev serves it)"}`);
  say(
    `public origin: ${environment.deployable ? "https" : "http"}://${environment.hostname}/<service>/… through ishc-gateway${environment.workerSuffix}`,
  );
  say(`D1: ${environment.d1.database_name} (${environment.d1.database_id})`);
  say();
  say("workers (deploy services before the gateway the first time: its bindings name them):");
  const configs = {};
  for (const app of [...apps().filter((a) => a !== "gateway"), "gateway"]) {
    const config = configFor(app, environment);
    configs[app] = writeConfig(environment, app, config);
    const parts = [
      config.routes ? `route ${config.routes.map((r) => r.pattern).join(", ")}` : "no public route",
      config.triggers?.crons?.length ? `crons ${config.triggers.crons.join(", ")}` : null,
      config.queues?.producers?.length
        ? `sends to ${config.queues.producers.map((p) => p.queue).join(", ")}`
        : null,
      config.queues?.consumers?.length
        ? `consumes ${config.queues.consumers.map((c) => c.queue).join(", ")}`
        : null,
      config.d1_databases?.length ? `D1 ${config.d1_databases.map((d) => d.binding).join(", ")}` : null,
      config.services?.length ? `→ ${config.services.map((s) => s.service).join(", ")}` : null,
    ].filter(Boolean);
    say(`  ${config.name.padEnd(26)} ${parts.join("; ")}   (${rel(configs[app])})`);
  }
  if (!environment.deployable) return;
  say();
  say("first-time setup (once, with CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID set):");
  say(
    `  npx wrangler d1 create ${environment.d1.database_name}   # put the id in infra/environments/${environment.name}.jsonc`,
  );
  for (const queue of queuesOf(environment)) say(`  npx wrangler queues create ${queue}`);
  for (const secret of environment.secrets ?? []) {
    say(
      `  openssl rand -hex 32 > .wrangler/${secret.name}.${environment.name}   # one value for all, kept in a password manager`,
    );
    for (const app of secret.workers) {
      say(
        `  npx wrangler secret put ${secret.name} -c ${rel(configs[app])} < .wrangler/${secret.name}.${environment.name}`,
      );
    }
  }
  say(`  ISHC_ENV=${environment.name} npm run migrate`);
  say(`  ISHC_ENV=${environment.name} npx turbo run deploy`);
  const left = placeholdersIn(environment);
  if (left.length > 0)
    say(`\nstill placeholders in infra/environments/${environment.name}.jsonc:\n  ${left.join("\n  ")}`);
});
