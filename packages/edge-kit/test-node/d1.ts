// A real D1 for the kit's node tests: Miniflare's local D1 (SQLite in workerd, the same engine the
// workers' tests use), migrated with the real migrations. The kit's apps then run in node, where
// StrykerJS can instrument them, against the database they run against in production.
import { readdirSync, readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { TEST_JWT_SECRET } from "../testing/secret.ts";

const MIGRATIONS = new URL("../../domain/migrations/", import.meta.url);

/** Every statement of every migration, in order (drizzle-kit separates them with a breakpoint). */
function migrationStatements(): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, MIGRATIONS), "utf8").split("--> statement-breakpoint"))
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export type TestD1 = {
  DB: D1Database;
  env: { DB: D1Database; JWT_SECRET: string };
  dispose(): Promise<void>;
};

/** Starts Miniflare with one empty D1 and applies the migrations. Call once per file (beforeAll). */
export async function startD1(): Promise<TestD1> {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('') } }",
    d1Databases: { DB: "kit-node-test" },
  });
  const DB = (await mf.getD1Database("DB")) as unknown as D1Database;
  await DB.batch(migrationStatements().map((statement) => DB.prepare(statement)));
  return { DB, env: { DB, JWT_SECRET: TEST_JWT_SECRET }, dispose: () => mf.dispose() };
}

/** Rows of a query, for assertions on what a request wrote. */
export async function rows<T = Record<string, unknown>>(
  DB: D1Database,
  query: string,
  ...params: unknown[]
): Promise<T[]> {
  return (
    await DB.prepare(query)
      .bind(...params)
      .all<T>()
  ).results;
}
