/**
 * Writes the demo province as SQL for a freshly migrated local D1 database:
 *
 *   npx tsx packages/demo-data/src/write-seed-sql.ts <outfile> [--password <pw>] [--seed <n>]
 *
 * and prints the demo logins (with the password) as JSON on stdout.
 */
import { writeFileSync } from "node:fs";
import { buildSeedScript, parseSeedScriptArgs } from "./seed-script";

async function main(argv: string[]): Promise<void> {
  const args = parseSeedScriptArgs(argv);
  const { data, sql, logins } = await buildSeedScript(args);
  writeFileSync(args.outfile, sql, "utf8");
  process.stdout.write(`${JSON.stringify(logins, null, 2)}\n`);
  process.stderr.write(
    `wrote ${args.outfile}: ${Buffer.byteLength(sql, "utf8")} bytes, ${data.clubs.length} clubs, ${data.people.length} people\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
