/**
 * The committed types in src/generated must be what the services' OpenAPI documents give now:
 * regenerated into a temporary folder and compared file by file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const COMMITTED = path.join(HERE, "../src/generated");
const fresh = mkdtempSync(path.join(tmpdir(), "ishc-client-types-"));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

it("src/generated is current with every service's openapi.json (npm run generate -w @ishc/client)", () => {
  const run = spawnSync(process.execPath, [path.join(HERE, "../scripts/generate.mjs"), "--out", fresh], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const files = readdirSync(fresh).sort();
  expect(readdirSync(COMMITTED).sort()).toEqual(files);
  for (const file of files) {
    const committed = readFileSync(path.join(COMMITTED, file), "utf8");
    expect(committed, `src/generated/${file} is stale: run npm run generate -w @ishc/client`).toBe(
      readFileSync(path.join(fresh, file), "utf8"),
    );
  }
});
