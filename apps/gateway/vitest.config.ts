import { defineConfig } from "vitest/config";

// Plain Node: the unit test calls the handler with fake bindings; the stack test
// drives the five dry-run bundles through the Miniflare API.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    silent: "passed-only",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
