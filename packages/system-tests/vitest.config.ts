import { defineConfig } from "vitest/config";

// Plain Node driving workerd through the Miniflare API; each file starts its stack once in a
// beforeAll with its own budget (bundles, migrations, the demo seed).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    silent: "passed-only",
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
