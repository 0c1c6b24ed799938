/**
 * What `write-seed-sql.ts` does, without the process around it: read its arguments, and
 * build the seed SQL and the demo logins for a seed and a password.
 */
import { parseArgs } from "node:util";
import { hashPassword } from "@ishc/edge-kit/passwords";
import { DEFAULT_SEED, type DemoLogin, type DemoProvince, generateDemoProvince } from "./generate";
import { toSqlScript } from "./sql";

export const DEFAULT_DEMO_PASSWORD = "demo-ishc-2025";
export const SEED_SCRIPT_USAGE = "usage: write-seed-sql.ts <outfile> [--password <pw>] [--seed <n>]";

export interface SeedScriptArgs {
  readonly outfile: string;
  readonly password: string;
  readonly seed: number;
}

/** Throws (with the usage) on anything but one output file and the known options. */
export function parseSeedScriptArgs(argv: readonly string[]): SeedScriptArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      password: { type: "string", default: DEFAULT_DEMO_PASSWORD },
      seed: { type: "string", default: String(DEFAULT_SEED) },
    },
  });
  const outfile = positionals[0];
  if (!outfile || positionals.length > 1) throw new Error(SEED_SCRIPT_USAGE);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  return { outfile, password: values.password, seed };
}

export interface SeedScript {
  readonly data: DemoProvince;
  /** The SQL for a freshly migrated database, every demo user with `password` (hashed, salted). */
  readonly sql: string;
  /** The demo logins with the password in clear, as the script prints them. */
  readonly logins: (DemoLogin & { readonly password: string })[];
}

export async function buildSeedScript(args: Pick<SeedScriptArgs, "password" | "seed">): Promise<SeedScript> {
  const passwordHash = await hashPassword(args.password);
  const data = generateDemoProvince({ seed: args.seed, passwordHash });
  return {
    data,
    sql: toSqlScript(data),
    logins: data.demoLogins.map((login) => ({ ...login, password: args.password })),
  };
}
