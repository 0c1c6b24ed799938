import { defineConfig } from "vitest/config";

export default defineConfig({
  // scenario.test.ts builds the membership worker and runs it on Miniflare: its beforeAll has its own timeout.
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    silent: "passed-only",
  },
});
