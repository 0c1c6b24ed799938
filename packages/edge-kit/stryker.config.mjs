// StrykerJS for @ishc/edge-kit's node tests (src/*.test.ts; the *-d1 and handler-context ones run
// the kit's apps against Miniflare's local D1, see test-node/d1.ts). Run from the repository root
// (`npm run mutation`, or `npx stryker run packages/edge-kit/stryker.config.mjs`); about 26 minutes
// on 2 busy cores, so `--mutate <file>` or `<file>:<lines>` while iterating.
import { strykerConfigFor } from "../../infra/mutation/stryker-base.mjs";

export default strykerConfigFor("edge-kit", {
  // Module-level tables (error codes, route specs) are static mutants: 27 % of the mutants and
  // 88 % of the run time, each re-running every test. Left out to keep a run's time in check.
  ignoreStatic: true,
  mutate: [
    "packages/edge-kit/src/**/*.ts",
    "!packages/edge-kit/src/**/*.test.ts",
    "!packages/edge-kit/src/index.ts",
  ],
});
