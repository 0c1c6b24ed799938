/**
 * The deploy and migrate steps refuse bad input before anything changes, offline: wrangler is
 * replaced by fake-wrangler.mjs, which logs every call, so "nothing changed" means no `deploy`
 * and no `d1 migrations apply` in its log. One test runs the real wrangler against a fresh local
 * D1 so the reading of `d1 migrations list` is checked against wrangler's own output.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const FIXTURE_ENVS = path.join(HERE, "fixtures/environments");
const TMP = mkdtempSync(path.join(tmpdir(), "ishc-deploy-test-"));
after(() => rmSync(TMP, { recursive: true, force: true }));

/** Stand-in bundles, so these tests need no build (the real ones are checked by `npm run build`). */
const BUNDLES = path.join(TMP, "bundles");
for (const app of ["gateway", "membership", "funds", "activities", "reporting"]) {
  mkdirSync(path.join(BUNDLES, app), { recursive: true });
  writeFileSync(
    path.join(BUNDLES, app, "index.js"),
    "export default { fetch: () => new Response('stub') };\n",
  );
}

const CREDENTIALS = { CLOUDFLARE_API_TOKEN: "test-token", CLOUDFLARE_ACCOUNT_ID: "test-account" };
let runs = 0;

/** Runs a deploy CLI with a fake wrangler; returns its exit code, output and the wrangler calls. */
function run(script, args, { env = {}, state = {} } = {}) {
  const dir = path.join(TMP, `run-${++runs}`);
  mkdirSync(dir);
  const log = path.join(dir, "calls.log");
  const stateFile = path.join(dir, "state.json");
  writeFileSync(log, "");
  writeFileSync(stateFile, JSON.stringify({ pending: [], secrets: ["JWT_SECRET"], ...state }));
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith("CLOUDFLARE_") && !key.startsWith("ISHC_") && key !== "ISHC_ENV",
    ),
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...clean,
      ISHC_WRANGLER: path.join(HERE, "fake-wrangler.mjs"),
      FAKE_WRANGLER_LOG: log,
      FAKE_WRANGLER_STATE: stateFile,
      ISHC_BUNDLE_DIR: BUNDLES,
      ...env,
    },
  });
  const calls = readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { code: result.status, out: `${result.stdout}${result.stderr}`, calls };
}

const changes = (calls) => calls.filter((c) => c[0] === "deploy" || (c[0] === "d1" && c[2] === "apply"));
const DEPLOY = "infra/deploy/deploy-worker.mjs";
const MIGRATE = "infra/deploy/migrate.mjs";

describe("deploy refuses before anything changes", () => {
  it("without an environment", () => {
    const r = run(DEPLOY, ["funds"], { env: CREDENTIALS });
    assert.equal(r.code, 2);
    assert.match(r.out, /no environment named: set ISHC_ENV to one of local, production, staging/);
    assert.deepEqual(r.calls, []);
  });

  it("to an unknown environment", () => {
    const r = run(DEPLOY, ["funds", "prod"], { env: CREDENTIALS });
    assert.equal(r.code, 2);
    assert.match(r.out, /unknown environment "prod": infra\/environments\/ holds local, production, staging/);
    assert.deepEqual(r.calls, []);
  });

  it("to local, which `npm run dev` serves", () => {
    const r = run(DEPLOY, ["funds", "local"], { env: CREDENTIALS });
    assert.equal(r.code, 2);
    assert.match(r.out, /"local" is not deployed to/);
    assert.deepEqual(r.calls, []);
  });

  it("without credentials, naming the missing one", () => {
    const none = run(DEPLOY, ["funds", "staging"]);
    assert.equal(none.code, 2);
    assert.match(none.out, /CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID are not set/);
    const noAccount = run(DEPLOY, ["funds", "production"], { env: { CLOUDFLARE_API_TOKEN: "t" } });
    assert.match(noAccount.out, /CLOUDFLARE_ACCOUNT_ID is not set/);
    assert.match(noAccount.out, /Nothing was changed/);
    assert.deepEqual([...none.calls, ...noAccount.calls], []);
  });

  it("while the environment still holds placeholders (the committed staging and production)", () => {
    for (const environment of ["staging", "production"]) {
      const r = run(DEPLOY, ["gateway", environment], { env: CREDENTIALS });
      assert.equal(r.code, 2);
      assert.match(r.out, /still holds placeholders/);
      assert.match(r.out, /d1\.database_id: REPLACE-ME/);
      assert.match(r.out, /hostname: .*REPLACE-ME/);
      assert.deepEqual(r.calls, []);
    }
  });

  it("with migrations not yet applied to the environment's database", () => {
    const r = run(DEPLOY, ["funds", "staging"], {
      env: { ...CREDENTIALS, ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS },
      state: { pending: ["0005_reporting.sql", "0006_next.sql"] },
    });
    assert.equal(r.code, 2, r.out);
    assert.match(
      r.out,
      /ishc-staging \(staging\) has 2 migration\(s\) not applied: 0005_reporting\.sql, 0006_next\.sql/,
    );
    assert.match(r.out, /ISHC_ENV=staging npm run migrate/);
    assert.deepEqual(changes(r.calls), []);
    assert.deepEqual(r.calls[0].slice(0, 5), ["d1", "migrations", "list", "ishc-staging", "--remote"]);
  });

  it("when the database cannot be read (wrong token, no database)", () => {
    const r = run(DEPLOY, ["funds", "staging"], {
      env: { ...CREDENTIALS, ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS },
      state: { listFails: true },
    });
    assert.equal(r.code, 2);
    assert.match(r.out, /could not read which migrations staging's database \(ishc-staging\) has applied/);
    assert.match(r.out, /Authentication error/);
    assert.deepEqual(changes(r.calls), []);
  });

  it("when a secret the worker reads is not set", () => {
    const r = run(DEPLOY, ["membership", "staging"], {
      env: { ...CREDENTIALS, ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS },
      state: { secrets: [] },
    });
    assert.equal(r.code, 2, r.out);
    assert.match(
      r.out,
      /ishc-membership-staging \(staging\) lacks the secret\(s\) JWT_SECRET: npx wrangler secret put JWT_SECRET/,
    );
    assert.deepEqual(changes(r.calls), []);
  });

  it("without a bundle to deploy", () => {
    const r = run(DEPLOY, ["funds", "staging"], {
      env: {
        ...CREDENTIALS,
        ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS,
        ISHC_BUNDLE_DIR: path.join(TMP, "no-bundles"),
      },
    });
    assert.equal(r.code, 2);
    assert.match(
      r.out,
      /funds has no bundle at .*: build first \(npx turbo run build --filter=@ishc\/funds\)/,
    );
    assert.deepEqual(r.calls, []);
  });

  it("deploys the built bundle under the environment's names when all is in order", () => {
    const bundle = path.join(BUNDLES, "gateway/index.js");
    const r = run(DEPLOY, ["gateway", "staging"], {
      env: { ...CREDENTIALS, ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS },
    });
    assert.equal(r.code, 0, r.out);
    const deploys = changes(r.calls);
    assert.equal(deploys.length, 1);
    const config = JSON.parse(readFileSync(deploys[0][2], "utf8"));
    assert.equal(config.name, "ishc-gateway-staging");
    assert.equal(config.main, bundle);
    assert.deepEqual(
      config.services.map((s) => s.service),
      [
        "ishc-membership-staging",
        "ishc-funds-staging",
        "ishc-activities-staging",
        "ishc-reporting-staging",
        "ishc-web-staging",
      ],
    );
    assert.deepEqual(config.routes, [{ pattern: "staging.ishc.test.example", custom_domain: true }]);
    // The gateway has no D1: no migration check, no secret.
    assert.deepEqual(
      r.calls.map((c) => c[0]),
      ["deploy"],
    );
  });
});

describe("migrate", () => {
  it("refuses a migration that drops a column the previous schema had, applying nothing", () => {
    const r = run(MIGRATE, ["staging"], {
      env: {
        ...CREDENTIALS,
        ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS,
        ISHC_MIGRATIONS_DIR: path.join(HERE, "fixtures/destructive-migrations"),
      },
      state: { pending: ["0001_tidy.sql"] },
    });
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /0001_tidy\.sql removes column clubs\.legacy_code, table club_notes/);
    assert.deepEqual(r.calls, []);
  });

  it("refuses without credentials or with placeholders, as deploy does", () => {
    assert.match(
      run(MIGRATE, ["production"]).out,
      /CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID are not set/,
    );
    assert.match(run(MIGRATE, ["production"], { env: CREDENTIALS }).out, /still holds placeholders/);
    assert.match(run(MIGRATE, [], { env: CREDENTIALS }).out, /no environment named/);
  });

  it("applies what is pending to the remote database, then finds nothing pending", () => {
    const r = run(MIGRATE, ["staging"], {
      env: { ...CREDENTIALS, ISHC_ENVIRONMENTS_DIR: FIXTURE_ENVS },
      state: { pending: ["0005_reporting.sql"] },
    });
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(
      r.calls.map((c) => c.slice(0, 5).join(" ")),
      [
        "d1 migrations list ishc-staging --remote",
        "d1 migrations apply ishc-staging --remote",
        "d1 migrations list ishc-staging --remote",
      ],
    );
    assert.match(r.out, /1 migration\(s\) applied/);
  });
});

it("reads real wrangler's `d1 migrations list` (a fresh local D1: every migration pending)", async () => {
  const { loadEnvironment, migrationFiles, pendingMigrations } = await import("../deploy/lib.mjs");
  const pending = pendingMigrations(loadEnvironment("local"), {
    local: true,
    persistTo: path.join(TMP, "fresh-state"),
  });
  assert.deepEqual(pending, migrationFiles());
});

describe("the environments", () => {
  it("local, staging and production exist; every queue an app uses is named in each; crons and secrets name real apps", async () => {
    const { appConfig, apps, environmentNames, loadEnvironment } = await import("../deploy/lib.mjs");
    assert.deepEqual(environmentNames(), ["local", "production", "staging"]);
    const used = new Set();
    for (const app of apps()) {
      const queues = appConfig(app).queues ?? {};
      for (const p of queues.producers ?? []) used.add(p.queue);
      for (const c of queues.consumers ?? []) {
        used.add(c.queue);
        if (c.dead_letter_queue) used.add(c.dead_letter_queue);
      }
    }
    for (const name of environmentNames()) {
      const environment = loadEnvironment(name);
      for (const queue of used) {
        assert.ok(
          environment.queues?.[queue],
          `infra/environments/${name}.jsonc "queues" names no queue for ${queue}`,
        );
      }
      for (const app of Object.keys(environment.crons ?? {}))
        assert.ok(apps().includes(app), `${name}: crons for ${app}`);
      for (const secret of environment.secrets ?? []) {
        for (const app of secret.workers)
          assert.ok(apps().includes(app), `${name}: ${secret.name} for ${app}`);
      }
    }
  });
});
