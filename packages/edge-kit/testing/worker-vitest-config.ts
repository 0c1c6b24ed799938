import path from "node:path";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { TEST_JWT_SECRET } from "./secret.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.resolve(here, "../../domain/migrations");

/**
 * The vitest config of every worker: the worker runs in workerd (Miniflare)
 * from its own wrangler config, against a real local D1 with the real
 * migrations applied before each test file (storage is per test file).
 */
export function workerTestConfig(appDir: string) {
  return defineConfig(async () => {
    const migrations = await readD1Migrations(migrationsDir);
    return {
      plugins: [
        cloudflareTest({
          wrangler: { configPath: path.join(appDir, "wrangler.jsonc") },
          miniflare: { bindings: { TEST_MIGRATIONS: migrations, JWT_SECRET: TEST_JWT_SECRET } },
        }),
      ],
      test: {
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        silent: "passed-only" as const,
        setupFiles: [path.join(here, "apply-migrations.ts")],
      },
    };
  });
}
