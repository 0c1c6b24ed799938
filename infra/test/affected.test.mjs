/**
 * What turbo selects for a change, in a throwaway repository (the tracked files of this working
 * tree, committed once, then one commit per kind of change): `turbo run build --dry=json
 * --filter=...[HEAD^1]` lists the workers that change touched, and build caching follows the
 * code a bundle is made of.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ROOT } from "../lib/jsonc.mjs";
import { affectedApps } from "../scripts/affected.mjs";

const REPO = mkdtempSync(path.join(tmpdir(), "ishc-affected-"));
after(() => process.env.KEEP_AFFECTED_REPO || rmSync(REPO, { recursive: true, force: true }));

const git = (...args) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", ...args], {
    cwd: REPO,
    encoding: "utf8",
  });

/** A commit on top of the base that appends a line to `file`; HEAD^1 is then the base. */
function change(file) {
  git("checkout", "-q", "--detach", "base");
  appendFileSync(path.join(REPO, file), "\n// a change\n");
  git("commit", "-q", "-am", `change ${file}`);
}

function buildHashes(filter) {
  const result = spawnSync(
    path.join(ROOT, "node_modules/.bin/turbo"),
    ["run", "build", "--dry=json", `--filter=${filter}`],
    {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  const plan = JSON.parse(result.stdout.slice(result.stdout.indexOf("{")));
  return Object.fromEntries(
    plan.tasks.map((t) => [t.taskId, { hash: t.hash, runs: t.command !== "<NONEXISTENT>" }]),
  );
}

before(() => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(ROOT, file))) continue;
    mkdirSync(path.dirname(path.join(REPO, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(REPO, file));
  }
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  git("tag", "base");
  // turbo is run from this checkout's node_modules; the throwaway repository borrows it.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(REPO, "node_modules"));
  appendFileSync(path.join(REPO, ".git/info/exclude"), "node_modules\n");
});

describe("turbo run build --filter=...[HEAD^1]", () => {
  it("a change to one service: that service alone (the tests of the workers together live in packages/system-tests, which deploys nothing)", () => {
    change("apps/funds/src/index.ts");
    assert.deepEqual(affectedApps({ cwd: REPO }), ["funds"]);
  });

  it("a change to packages/domain: every worker, and the console (it bundles the domain's activity vocabulary)", () => {
    change("packages/domain/src/money.ts");
    assert.deepEqual(affectedApps({ cwd: REPO }), [
      "activities",
      "funds",
      "gateway",
      "membership",
      "reporting",
      "web",
    ]);
  });

  it("a change to packages/edge-kit: every service, not the gateway (it does not use the kit)", () => {
    change("packages/edge-kit/src/index.ts");
    assert.deepEqual(affectedApps({ cwd: REPO }), ["activities", "funds", "membership", "reporting"]);
  });

  it("a change to the gateway: the gateway alone", () => {
    change("apps/gateway/src/index.ts");
    assert.deepEqual(affectedApps({ cwd: REPO }), ["gateway"]);
  });

  it("a change to docs only: no worker", () => {
    change("docs/benchmarks.md");
    assert.deepEqual(affectedApps({ cwd: REPO }), []);
  });
});

describe("build", () => {
  it("--filter=<app> builds that worker alone", () => {
    git("checkout", "-q", "--detach", "base");
    for (const app of ["funds", "gateway"]) {
      const tasks = buildHashes(`@ishc/${app}`);
      assert.deepEqual(
        Object.entries(tasks)
          .filter(([, t]) => t.runs)
          .map(([id]) => id),
        [`@ishc/${app}#build`],
      );
    }
  });

  it("is cached until the code in the bundle changes: the app's src or a package it uses, not its tests or docs", () => {
    git("checkout", "-q", "--detach", "base");
    const base = buildHashes("@ishc/funds")["@ishc/funds#build"].hash;
    const hashAfter = (file) => {
      change(file);
      return buildHashes("@ishc/funds")["@ishc/funds#build"].hash;
    };
    assert.notEqual(hashAfter("packages/domain/src/money.ts"), base);
    assert.notEqual(hashAfter("apps/funds/src/index.ts"), base);
    assert.notEqual(hashAfter("apps/funds/wrangler.jsonc"), base);
    assert.equal(hashAfter("apps/funds/test/helpers.ts"), base);
    assert.equal(hashAfter("packages/domain/src/money.test.ts"), base);
  });
});
