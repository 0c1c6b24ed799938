import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { verifyPassword } from "@ishc/edge-kit/passwords";
import { afterAll, describe, expect, it } from "vitest";
import { generateDemoProvince } from "./generate";
import {
  buildSeedScript,
  DEFAULT_DEMO_PASSWORD,
  parseSeedScriptArgs,
  SEED_SCRIPT_USAGE,
} from "./seed-script";
import { toSqlScript } from "./sql";

const SCRIPT = fileURLToPath(new URL("./write-seed-sql.ts", import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");
const dir = mkdtempSync(join(tmpdir(), "ishc-demo-data-"));
/**
 * Starting Node with tsx (which compiles the workspace's TypeScript), generating the province
 * and hashing a password: about a second alone, over ten on a busy 2-core machine.
 */
const SPAWN_TIMEOUT = 60_000;
/** Generating the province and hashing a password (PBKDF2, 100,000 iterations) in this process. */
const BUILD_TIMEOUT = 30_000;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PrintedLogin {
  login: string;
  role: string;
  orgUnitName: string;
  password: string;
}

const hashIn = (sql: string) => /'(pbkdf2-sha256\$[^']+)'/.exec(sql)?.[1] ?? "";

describe("write-seed-sql (the script `npm run dev` runs)", () => {
  // One run of the real script, as the dev stack starts it; its options are tested in-process below.
  // No wall-clock assertion: on a shared CI machine it would measure the neighbours, not the script.
  it(
    "writes the seed SQL and prints the demo logins as JSON",
    async () => {
      const outfile = join(dir, "seed.sql");
      const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, SCRIPT, outfile], {
        encoding: "utf8",
      });

      const logins = JSON.parse(stdout) as PrintedLogin[];
      expect(logins.map((l) => [l.login, l.role])).toEqual([
        ["admin@langson.demo", "province_admin"],
        ["officer@langson.demo", "commune_officer"],
        ["club@langson.demo", "club_board"],
        ["viewer@langson.demo", "viewer"],
      ]);
      expect(logins[0]?.orgUnitName).toBe("Tỉnh Lạng Sơn (demo)");
      for (const login of logins) expect(login.password).toBe(DEFAULT_DEMO_PASSWORD);

      const sql = readFileSync(outfile, "utf8");
      // Everything but the password hash (salted at random) is the generator's output for seed 2025.
      const hash = hashIn(sql);
      expect(sql).toBe(toSqlScript(generateDemoProvince({ seed: 2025, passwordHash: hash })));
      expect(await verifyPassword(DEFAULT_DEMO_PASSWORD, hash)).toBe(true);
      expect(await verifyPassword("wrong", hash)).toBe(false);
    },
    SPAWN_TIMEOUT,
  );
});

describe("the seed script's arguments and output", () => {
  it("takes an output file, a password and a seed", () => {
    expect(parseSeedScriptArgs(["out.sql"])).toEqual({
      outfile: "out.sql",
      password: DEFAULT_DEMO_PASSWORD,
      seed: 2025,
    });
    expect(parseSeedScriptArgs(["out.sql", "--password", "khác-mật-khẩu", "--seed=7"])).toEqual({
      outfile: "out.sql",
      password: "khác-mật-khẩu",
      seed: 7,
    });
  });

  it("refuses to run without exactly one output file, or with a seed that is not an integer", () => {
    expect(() => parseSeedScriptArgs([])).toThrow(SEED_SCRIPT_USAGE);
    expect(() => parseSeedScriptArgs(["a.sql", "b.sql"])).toThrow(SEED_SCRIPT_USAGE);
    expect(() => parseSeedScriptArgs(["a.sql", "--seed", "1.5"])).toThrow(/--seed must be an integer/);
    expect(() => parseSeedScriptArgs(["a.sql", "--unknown"])).toThrow();
  });

  it(
    "takes another password",
    async () => {
      const { sql, logins } = await buildSeedScript({ seed: 2025, password: "khác-mật-khẩu" });
      expect(logins.map((l) => l.password)).toEqual(Array(4).fill("khác-mật-khẩu"));
      expect(await verifyPassword("khác-mật-khẩu", hashIn(sql))).toBe(true);
      expect(await verifyPassword(DEFAULT_DEMO_PASSWORD, hashIn(sql))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
