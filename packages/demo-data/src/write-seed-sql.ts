/**
 * Writes the demo province as SQL for a freshly migrated local D1 database:
 *
 *   npx tsx packages/demo-data/src/write-seed-sql.ts <outfile> [--password <pw>] [--seed <n>]
 *
 * and prints the demo logins (with the password) as JSON on stdout.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { hashPassword } from "@ishc/edge-kit/passwords";
import { DEFAULT_SEED, generateDemoProvince } from "./generate";
import { toSqlScript } from "./sql";

const DEFAULT_DEMO_PASSWORD = "demo-ishc-2025";

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      password: { type: "string", default: DEFAULT_DEMO_PASSWORD },
      seed: { type: "string", default: String(DEFAULT_SEED) },
    },
  });
  const outfile = positionals[0];
  if (!outfile || positionals.length > 1) {
    throw new Error("usage: write-seed-sql.ts <outfile> [--password <pw>] [--seed <n>]");
  }
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);

  const passwordHash = await hashPassword(values.password);
  const data = generateDemoProvince({ seed, passwordHash });
  const script = toSqlScript(data);
  writeFileSync(outfile, script, "utf8");

  const logins = data.demoLogins.map((login) => ({ ...login, password: values.password }));
  process.stdout.write(`${JSON.stringify(logins, null, 2)}\n`);
  process.stderr.write(
    `wrote ${outfile}: ${Buffer.byteLength(script, "utf8")} bytes, ${data.clubs.length} clubs, ${data.people.length} people\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
