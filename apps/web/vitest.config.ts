import { defineConfig } from "vitest/config";

// The console's pure parts (formats, folding, the offline queue) in Node; the pages themselves
// are tested in a real browser by `npm run test:browser` (test-browser/).
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
