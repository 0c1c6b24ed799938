import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { verifyPassword } from "@ishc/edge-kit/passwords";
import { afterAll, describe, expect, it } from "vitest";
import { generateDemoProvince } from "./generate";
import { toSqlScript } from "./sql";

const SCRIPT = fileURLToPath(new URL("./write-seed-sql.ts", import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");
const dir = mkdtempSync(join(tmpdir(), "ishc-demo-data-"));
/** Each test starts Node with tsx, generates the province and hashes a password (PBKDF2): seconds under load. */
const SPAWN_TIMEOUT = 30_000;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PrintedLogin {
  login: string;
  role: string;
  orgUnitName: string;
  password: string;
}

function run(args: string[]): { stdout: string } {
  return { stdout: execFileSync(process.execPath, [TSX_CLI, SCRIPT, ...args], { encoding: "utf8" }) };
}

describe("write-seed-sql", () => {
  // No wall-clock assertion: on a shared CI machine it measures the neighbours, not the script.
  it(
    "writes the seed SQL and prints the demo logins as JSON",
    async () => {
      const outfile = join(dir, "seed.sql");
      const { stdout } = run([outfile]);

      const logins = JSON.parse(stdout) as PrintedLogin[];
      expect(logins.map((l) => [l.login, l.role])).toEqual([
        ["admin@langson.demo", "province_admin"],
        ["officer@langson.demo", "commune_officer"],
        ["club@langson.demo", "club_board"],
        ["viewer@langson.demo", "viewer"],
      ]);
      expect(logins[0]?.orgUnitName).toBe("Tỉnh Lạng Sơn (demo)");
      for (const login of logins) expect(login.password).toBe("demo-ishc-2025");

      const sql = readFileSync(outfile, "utf8");
      // Everything but the password hash (salted at random) is the generator's output for seed 2025.
      const hash = /'(pbkdf2-sha256\$[^']+)'/.exec(sql)?.[1] ?? "";
      expect(sql).toBe(toSqlScript(generateDemoProvince({ seed: 2025, passwordHash: hash })));
      expect(await verifyPassword("demo-ishc-2025", hash)).toBe(true);
      expect(await verifyPassword("wrong", hash)).toBe(false);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "takes another password",
    async () => {
      const outfile = join(dir, "other.sql");
      const { stdout } = run([outfile, "--password", "khác-mật-khẩu"]);
      const logins = JSON.parse(stdout) as PrintedLogin[];
      expect(logins[0]?.password).toBe("khác-mật-khẩu");
      const hash = /'(pbkdf2-sha256\$[^']+)'/.exec(readFileSync(outfile, "utf8"))?.[1] ?? "";
      expect(await verifyPassword("khác-mật-khẩu", hash)).toBe(true);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "refuses to run without an output file",
    () => {
      expect(() => execFileSync(process.execPath, [TSX_CLI, SCRIPT], { stdio: "pipe" })).toThrow();
    },
    SPAWN_TIMEOUT,
  );
});
