// StrykerJS for @ishc/domain. Run from the repository root (`npm run mutation`, or
// `npx stryker run packages/domain/stryker.config.mjs`): every path below is relative to the root.
import { strykerConfigFor } from "../../infra/mutation/stryker-base.mjs";

export default strykerConfigFor("domain", {
  mutate: [
    "packages/domain/src/**/*.ts",
    "!packages/domain/src/**/*.test.ts",
    // drizzle tables and zod contracts are declarations: their mutants are noise (column names,
    // messages) that the workers' tests judge, not the domain's unit tests.
    "!packages/domain/src/schema/**",
    "!packages/domain/src/contracts/**",
    "!packages/domain/src/index.ts",
  ],
});
