// StrykerJS for @ishc/edge-kit's node unit tests (src/*.test.ts). Run from the repository root
// (`npm run mutation`, or `npx stryker run packages/edge-kit/stryker.config.mjs`).
import { strykerConfigFor } from "../../infra/mutation/stryker-base.mjs";

export default strykerConfigFor("edge-kit", {
  // Module-level tables (error codes, route specs) are static mutants: 27 % of the mutants and
  // 88 % of the run time, each re-running every test. Left out to keep a run near 10 minutes.
  ignoreStatic: true,
  mutate: [
    "packages/edge-kit/src/**/*.ts",
    "!packages/edge-kit/src/**/*.test.ts",
    "!packages/edge-kit/src/index.ts",
  ],
});
