/**
 * The pipeline's shape: turbo's deploy waits for build, test and the migrations and is never
 * cached; the workflow migrates before it deploys, and production waits for staging and an approval.
 * (No YAML parser here: the workflow is read as text, job by job.)
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { ROOT } from "../lib/jsonc.mjs";

const turbo = JSON.parse(readFileSync(path.join(ROOT, "turbo.json"), "utf8"));
const workflow = readFileSync(path.join(ROOT, ".github/workflows/ci.yml"), "utf8");
const job = (name) => {
  const start = workflow.indexOf(`\n  ${name}:\n`);
  assert.ok(start > 0, `job ${name}`);
  const next = workflow.slice(start + 1).search(/\n {2}[a-z-]+:\n/);
  return next === -1 ? workflow.slice(start) : workflow.slice(start, start + 1 + next);
};

it("turbo: deploy depends on build, test and //#migrate, is not cached and gets the credentials", () => {
  const deploy = turbo.tasks.deploy;
  assert.deepEqual([...deploy.dependsOn].sort(), ["//#migrate", "build", "test"]);
  assert.equal(deploy.cache, false);
  assert.equal(turbo.tasks["//#migrate"].cache, false);
  for (const key of ["ISHC_ENV", "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"]) {
    assert.ok(deploy.passThroughEnv.includes(key), key);
    assert.ok(turbo.tasks["//#migrate"].passThroughEnv.includes(key), key);
  }
  assert.deepEqual(turbo.tasks.build.outputs, ["dist/**"]);
});

it("workflow: pull requests check what changed; main migrates, deploys to staging, then production on approval", () => {
  assert.match(workflow, /^on:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]/m);
  assert.match(job("check"), /if: github\.event_name == 'pull_request'/);
  assert.match(job("check"), /npx turbo run lint typecheck test build --affected/);
  for (const name of ["staging", "production"]) {
    const text = job(name);
    assert.match(text, new RegExp(`environment: ${name}\\n`));
    assert.match(text, new RegExp(`ISHC_ENV: ${name}\\n`));
    assert.match(text, /CLOUDFLARE_API_TOKEN: \$\{\{ secrets\.CLOUDFLARE_API_TOKEN \}\}/);
    assert.ok(
      text.indexOf("npm run migrate") < text.indexOf("npx turbo run deploy --affected"),
      `${name}: migrate first`,
    );
    assert.match(text, /fetch-depth: 0/);
  }
  assert.match(job("staging"), /if: github\.event_name == 'push'/);
  assert.match(job("production"), /needs: staging\n/);
  assert.doesNotMatch(workflow, /\t/);
});
