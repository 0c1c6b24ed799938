import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { TEST_JWT_SECRET } from "../../packages/edge-kit/testing/secret.ts";

/**
 * The kit's worker test config (packages/edge-kit/testing/worker-vitest-config.ts), with one
 * change: the queue has a producer but no consumer here, so nothing writes behind a test's
 * back (the robustness suite counts every table's rows). Tests drive the consumer themselves
 * (`consumeBatch`); `npm run dev` runs the real queue.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations(
    path.resolve(import.meta.dirname, "../../packages/domain/migrations"),
  );
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(import.meta.dirname, "wrangler.jsonc") },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, JWT_SECRET: TEST_JWT_SECRET },
          queueConsumers: {},
        },
      }),
    ],
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      silent: "passed-only" as const,
      setupFiles: [path.resolve(import.meta.dirname, "../../packages/edge-kit/testing/apply-migrations.ts")],
    },
  };
});
