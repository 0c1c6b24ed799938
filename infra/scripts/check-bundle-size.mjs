#!/usr/bin/env node
/**
 * The bundle budget: a worker's dry-run bundle (`dist/index.js`, from
 * `wrangler deploy --dry-run --outdir dist`) may gzip to at most 150 KiB.
 * Cold starts and the free plan's 3 MiB limit both care about this number.
 *
 *   node infra/scripts/check-bundle-size.mjs [appDir ...]   (default: the current directory)
 *
 * Prints one line per worker and exits 1 if any bundle is missing or over budget.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 150 * 1024;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function measure(appDir) {
  const bundle = path.join(appDir, "dist", "index.js");
  const pkgFile = path.join(appDir, "package.json");
  const name = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, "utf8")).name : appDir;
  if (!existsSync(bundle)) {
    return { name, ok: false, line: `${name}: ${bundle} is missing; run the build first` };
  }
  const code = readFileSync(bundle);
  // zlib's default level: the same figure as wrangler's "Total Upload: … / gzip: …" line.
  const gzipped = gzipSync(code).length;
  const ok = gzipped <= BUDGET_BYTES;
  const verdict = ok ? "within" : "OVER";
  return {
    name,
    ok,
    line: `${name}: dist/index.js ${kib(code.length)}, gzip ${kib(gzipped)} (${verdict} the ${kib(BUDGET_BYTES)} budget)`,
  };
}

const dirs = process.argv.slice(2);
const results = (dirs.length > 0 ? dirs : [process.cwd()]).map((dir) => measure(path.resolve(dir)));
for (const result of results) (result.ok ? console.log : console.error)(`bundle size  ${result.line}`);
if (results.some((result) => !result.ok)) process.exitCode = 1;
