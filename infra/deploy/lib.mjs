/**
 * What the deploy scripts share: the environments (infra/environments/<name>.jsonc), the apps
 * (the gateway and the services of apps/gateway/src/services.json), the wrangler config each app
 * gets in an environment, the checks that refuse a deploy before anything changes, and wrangler.
 *
 * Nothing here talks to Cloudflare by itself: every remote call goes through `wrangler()`, which
 * tests point at a stand-in (ISHC_WRANGLER) to prove the refusals offline.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseJsonc, ROOT } from "../lib/jsonc.mjs";

export { ROOT };

/** The environments; tests point ISHC_ENVIRONMENTS_DIR at fixtures without placeholders. */
export const ENVIRONMENTS_DIR = process.env.ISHC_ENVIRONMENTS_DIR || path.join(ROOT, "infra/environments");
/** The one migrations folder (ISHC_MIGRATIONS_DIR: a fixture folder, in tests). */
export const MIGRATIONS_DIR =
  process.env.ISHC_MIGRATIONS_DIR || path.join(ROOT, "packages/domain/migrations");
/** Generated configs (git-ignored): one per app and environment, what `wrangler -c` is given. */
export const GENERATED_DIR = path.join(ROOT, ".wrangler/deploy");
export const PLACEHOLDER = "REPLACE-ME";
export const CREDENTIALS = ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"];

/** A deploy step that must not go on; its message says what to do. Nothing has changed yet. */
export class Refusal extends Error {}

export const environmentNames = () =>
  readdirSync(ENVIRONMENTS_DIR)
    .filter((file) => file.endsWith(".jsonc"))
    .map((file) => file.slice(0, -".jsonc".length))
    .sort();

/** `ISHC_ENV` (or the given name) as an environment; refuses an empty or unknown name. */
export function loadEnvironment(name) {
  const known = environmentNames();
  if (!name) {
    throw new Refusal(
      `no environment named: set ISHC_ENV to one of ${known.join(", ")} (e.g. ISHC_ENV=staging npx turbo run deploy --filter=@ishc/funds)`,
    );
  }
  if (!known.includes(name)) {
    throw new Refusal(
      `unknown environment "${name}": ${path.relative(ROOT, ENVIRONMENTS_DIR)}/ holds ${known.join(", ")}`,
    );
  }
  const environment = parseJsonc(readFileSync(path.join(ENVIRONMENTS_DIR, `${name}.jsonc`), "utf8"));
  if (environment.name !== name) {
    throw new Refusal(`infra/environments/${name}.jsonc names itself "${environment.name}"`);
  }
  return environment;
}

/** The placeholders still in an environment, as `field: value` lines. */
export function placeholdersIn(value, where = "") {
  if (typeof value === "string") return value.includes(PLACEHOLDER) ? [`${where}: ${value}`] : [];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) =>
      placeholdersIn(inner, where ? `${where}.${key}` : key),
    );
  }
  return [];
}

/**
 * The refusals that need no network, in the order a deploy meets them: an environment that
 * exists and can be deployed to, Cloudflare credentials, no placeholder left in it.
 */
export function preflight(name, env = process.env) {
  const environment = loadEnvironment(name);
  if (!environment.deployable) {
    throw new Refusal(
      `"${environment.name}" is not deployed to: it is what \`npm run dev\` serves. Deploy to ${environmentNames()
        .filter((other) => other !== environment.name)
        .join(" or ")}`,
    );
  }
  const missing = CREDENTIALS.filter((key) => !env[key]?.trim());
  if (missing.length > 0) {
    throw new Refusal(
      `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set: a Cloudflare API token (Workers Scripts, D1 and Queues edit) and the account id are needed to deploy to ${environment.name}`,
    );
  }
  const left = placeholdersIn(environment);
  if (left.length > 0) {
    throw new Refusal(
      `infra/environments/${environment.name}.jsonc still holds placeholders (first-time setup, README "Deploying"):\n  ${left.join("\n  ")}`,
    );
  }
  return environment;
}

/** The gateway and the four services, by folder under apps/. */
export function apps() {
  const list = JSON.parse(readFileSync(path.join(ROOT, "apps/gateway/src/services.json"), "utf8"));
  return ["gateway", ...list.services.map((service) => service.name)];
}

export function appConfig(app) {
  return parseJsonc(readFileSync(path.join(ROOT, "apps", app, "wrangler.jsonc"), "utf8"));
}

/** The app whose folder holds `dir` (a package script runs in its app folder). */
export function appOf(dir) {
  const relative = path.relative(path.join(ROOT, "apps"), dir).split(path.sep)[0];
  if (!relative || relative.startsWith("..") || !apps().includes(relative)) {
    throw new Refusal(`${dir} is not one of the apps (${apps().join(", ")})`);
  }
  return relative;
}

/** The bundle `npm run build` writes (ISHC_BUNDLE_DIR/<app>/index.js instead, in tests). */
export const bundleOf = (app) =>
  process.env.ISHC_BUNDLE_DIR
    ? path.join(process.env.ISHC_BUNDLE_DIR, app, "index.js")
    : path.join(ROOT, "apps", app, "dist/index.js");

const queueName = (environment, queue) => environment.queues?.[queue] ?? `${queue}${environment.queueSuffix}`;

/**
 * The wrangler config an app is deployed with in an environment: the app's wrangler.jsonc with
 * this environment's worker names, D1 database, queues, crons and route. It deploys the bundle
 * `npm run build` made and the tests ran (dist/index.js), not a second build.
 */
export function configFor(app, environment) {
  const base = appConfig(app);
  const appDir = path.join(ROOT, "apps", app);
  const { $schema: _schema, minify: _minify, main: _main, ...rest } = base;
  const config = {
    ...rest,
    name: `${base.name}${environment.workerSuffix}`,
    main: bundleOf(app),
    no_bundle: true,
    workers_dev: false,
    preview_urls: false,
  };
  if (base.d1_databases) {
    config.d1_databases = base.d1_databases.map((db) => ({
      ...db,
      database_name: environment.d1.database_name,
      database_id: environment.d1.database_id,
      ...(db.migrations_dir ? { migrations_dir: path.resolve(appDir, db.migrations_dir) } : {}),
    }));
  }
  if (base.services) {
    config.services = base.services.map((binding) => ({
      ...binding,
      service: `${binding.service}${environment.workerSuffix}`,
    }));
  }
  if (base.queues) {
    config.queues = {
      ...base.queues,
      ...(base.queues.producers && {
        producers: base.queues.producers.map((p) => ({ ...p, queue: queueName(environment, p.queue) })),
      }),
      ...(base.queues.consumers && {
        consumers: base.queues.consumers.map((c) => ({
          ...c,
          queue: queueName(environment, c.queue),
          ...(c.dead_letter_queue && { dead_letter_queue: queueName(environment, c.dead_letter_queue) }),
        })),
      }),
    };
  }
  if (environment.crons?.[app]) config.triggers = { ...base.triggers, crons: environment.crons[app] };
  if (app === "gateway") config.routes = [{ pattern: environment.hostname, custom_domain: true }];
  if (Object.keys(environment.vars ?? {}).length > 0) config.vars = { ...base.vars, ...environment.vars };
  return config;
}

/** The config the migrations are applied with: the environment's D1 database and the one migrations folder. */
export function migrationsConfigFor(environment) {
  return {
    name: `ishc-migrations${environment.workerSuffix}`,
    compatibility_date: appConfig("gateway").compatibility_date,
    d1_databases: [
      {
        binding: "DB",
        database_name: environment.d1.database_name,
        database_id: environment.d1.database_id,
        migrations_dir: MIGRATIONS_DIR,
      },
    ],
  };
}

/** Writes a generated config where `wrangler -c` reads it; returns its path. */
export function writeConfig(environment, name, config) {
  const dir = path.join(GENERATED_DIR, environment.name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** The queues an environment needs, from every app's config. */
export function queuesOf(environment) {
  const names = new Set();
  for (const app of apps()) {
    const config = configFor(app, environment);
    for (const p of config.queues?.producers ?? []) names.add(p.queue);
    for (const c of config.queues?.consumers ?? []) {
      names.add(c.queue);
      if (c.dead_letter_queue) names.add(c.dead_letter_queue);
    }
  }
  return [...names].sort();
}

/**
 * Runs wrangler (ISHC_WRANGLER, a node script, stands in for it in tests). CI=true: wrangler
 * confirms its own prompts and prints no colours; the output is returned and echoed unless quiet.
 */
export function wrangler(args, { quiet = false, cwd = ROOT } = {}) {
  const script = process.env.ISHC_WRANGLER || path.join(ROOT, "node_modules/wrangler/bin/wrangler.js");
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (!quiet) process.stdout.write(output);
  return { code: result.status ?? 1, output };
}

/**
 * The migrations not yet applied to the environment's database, as `wrangler d1 migrations list`
 * reports them. Refuses when the answer cannot be read (no access, no database) rather than guess.
 */
export function pendingMigrations(environment, { local = false, persistTo } = {}) {
  const configFile = writeConfig(environment, "migrations", migrationsConfigFor(environment));
  const where = local ? ["--local", ...(persistTo ? ["--persist-to", persistTo] : [])] : ["--remote"];
  const { code, output } = wrangler(
    ["d1", "migrations", "list", environment.d1.database_name, ...where, "-c", configFile],
    { quiet: true },
  );
  if (code === 0 && /No migrations to apply/.test(output)) return [];
  const pending = [...output.matchAll(/^\s*│\s*(\S+\.sql)\s*│/gm)].map((match) => match[1]);
  if (code === 0 && pending.length > 0) return pending;
  throw new Refusal(
    `could not read which migrations ${environment.name}'s database (${environment.d1.database_name}) has applied; wrangler said:\n${output.trim()}`,
  );
}

export const migrationFiles = (dir = MIGRATIONS_DIR) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith(".sql"))
        .sort()
    : [];

/** Runs a CLI body; a refusal prints its message and exits 2, anything else is a crash (1). */
export async function main(label, body) {
  try {
    await body();
  } catch (error) {
    if (error instanceof Refusal) {
      process.stderr.write(`✘ ${label} refused: ${error.message}\nNothing was changed.\n`);
      process.exit(2);
    }
    throw error;
  }
}
