// StrykerJS for @ishc/edge-kit's node unit tests (src/*.test.ts). Run from the repository root
// (`npm run mutation`, or `npx stryker run packages/edge-kit/stryker.config.mjs`).
import { strykerConfigFor } from "../../infra/mutation/stryker-base.mjs";

export default strykerConfigFor("edge-kit", {
  mutate: [
    "packages/edge-kit/src/**/*.ts",
    "!packages/edge-kit/src/**/*.test.ts",
    "!packages/edge-kit/src/index.ts",
  ],
});
