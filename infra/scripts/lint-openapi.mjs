#!/usr/bin/env node
/**
 * Lints every service's OpenAPI document with Redocly CLI, offline.
 *
 * The documents are built the way the workers serve them: each app's Hono app
 * is imported from source (through tsx) and asked for `/<service>/openapi.json`
 * — building the document touches no binding, so no workerd is needed. They
 * are written to a temporary folder (kept with --out <dir>) and linted with
 * the rules in infra/openapi/redocly.yaml. Exits non-zero on any error.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONFIG = path.join(ROOT, "infra/openapi/redocly.yaml");
const outFlag = process.argv.indexOf("--out");
const keep = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : undefined;

/** Every service behind the gateway (the one list) answers /<service>/openapi.json; the app served at `/` does not. */
const services = JSON.parse(readFileSync(path.join(ROOT, "apps/gateway/src/services.json"), "utf8"))
  .services.filter((service) => !service.root)
  .map((service) => service.name);

const dir = keep ?? mkdtempSync(path.join(tmpdir(), "ishc-openapi-"));
mkdirSync(dir, { recursive: true });
const files = [];
const quiet = console.log;
for (const service of services) {
  const entry = pathToFileURL(path.join(ROOT, "apps", service, "src/index.ts")).href;
  // A module worker's default export: a Hono app, or an object with fetch (and scheduled, queue).
  const { default: worker } = await tsImport(entry, import.meta.url);
  console.log = () => {}; // the request log line
  const res = await worker.fetch(new Request(`http://local/${service}/openapi.json`), {});
  console.log = quiet;
  if (res.status !== 200) throw new Error(`${service}: /openapi.json answered ${res.status}`);
  const file = path.join(dir, `${service}.openapi.json`);
  writeFileSync(file, `${JSON.stringify(await res.json(), null, 2)}\n`);
  files.push(file);
}

const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const lint = spawnSync(
  process.execPath,
  [redocly, "lint", ...files, "--config", CONFIG, "--format=stylish"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      // Nothing to phone home to: no usage data, no check for a newer release.
      REDOCLY_TELEMETRY: "off",
      REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    },
  },
);
if (!keep) rmSync(dir, { recursive: true, force: true });
if (lint.status !== 0) {
  console.error(`OpenAPI lint failed for ${services.join(", ")}`);
  process.exit(lint.status ?? 1);
}
console.log(
  `OpenAPI lint: ${files.length} documents (${services.join(", ")}) pass ${path.relative(ROOT, CONFIG)}`,
);
