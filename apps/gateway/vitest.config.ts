import { defineConfig } from "vitest/config";

// Plain Node: the unit tests call the handler with fake bindings (the workers together
// behind the gateway are tested in packages/system-tests).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    silent: "passed-only",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
