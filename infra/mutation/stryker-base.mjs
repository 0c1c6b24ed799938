// What every package's StrykerJS run shares. Stryker runs from the repository root, copies the
// sources into a sandbox under /tmp (never into the work tree: others edit it while a run goes on),
// links the root node_modules there, runs the one package's vitest config, and writes its reports
// to reports/mutation/<package>/ (git-ignored).
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function strykerConfigFor(pkg, { mutate, ...rest }) {
  const dir = `packages/${pkg}`;
  return {
    $schema: "../../node_modules/@stryker-mutator/core/schema/stryker-schema.json",
    packageManager: "npm",
    plugins: ["@stryker-mutator/vitest-runner"],
    testRunner: "vitest",
    vitest: { configFile: `${dir}/vitest.config.ts`, dir, related: false },
    coverageAnalysis: "perTest",
    checkers: [],
    mutate,
    // The sandbox is a copy of the repository without build output and local state (Stryker
    // itself leaves out node_modules and .git): some package tests read other workspaces' sources.
    ignorePatterns: ["**/.wrangler", "**/dist", "**/.turbo", "/reports", "/tmp", "**/.dev.vars"],
    // The sandbox lives outside the work tree; node_modules is linked in by the "build" step
    // (a symlink to the root's, read-only use) instead of Stryker's own symlinking, which would
    // link the package's node_modules and let vite write its cache into the work tree.
    tempDirName: path.join(os.tmpdir(), "ishc-stryker", pkg),
    cleanTempDir: "always",
    symlinkNodeModules: false,
    // execa splits the command on spaces without a shell: the path must hold none.
    buildCommand: `ln -s ${path.join(root, "node_modules")} node_modules`,
    concurrency: 2,
    timeoutMS: 5000,
    reporters: ["clear-text", "progress-append-only", "html", "json"],
    htmlReporter: { fileName: `reports/mutation/${pkg}/index.html` },
    jsonReporter: { fileName: `reports/mutation/${pkg}/mutation.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    thresholds: { high: 90, low: 75, break: null },
    ...rest,
  };
}
