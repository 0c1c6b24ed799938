#!/usr/bin/env node
/**
 * Writes src/generated/<service>.ts: the TypeScript types of each service's OpenAPI document
 * (openapi-typescript), for the typed client in src/index.ts.
 *
 * The documents are built the way the workers serve them, offline, as
 * infra/scripts/lint-openapi.mjs does: each service's worker is imported from source (through
 * tsx) and asked for `/<service>/openapi.json`; building the document touches no binding.
 * The services are the API services of apps/gateway/src/services.json (not the web app).
 *
 *   node scripts/generate.mjs              # writes src/generated/
 *   node scripts/generate.mjs --out <dir>  # writes there instead (the staleness test)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { tsImport } from "tsx/esm/api";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const outFlag = process.argv.indexOf("--out");
const OUT = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(HERE, "../src/generated");

const list = JSON.parse(readFileSync(path.join(ROOT, "apps/gateway/src/services.json"), "utf8"));
/** The services that answer /<name>/openapi.json (the web app serves files, not an API). */
export const API_SERVICES = list.services.filter((s) => !s.root).map((s) => s.name);

async function documentOf(service) {
  const entry = pathToFileURL(path.join(ROOT, "apps", service, "src/index.ts")).href;
  const { default: worker } = await tsImport(entry, import.meta.url);
  const request = new Request(`http://localhost/${service}/openapi.json`);
  const quiet = console.log;
  console.log = () => {}; // the request log line
  try {
    // A Hono app (`request`) or a module worker whose `fetch` is the app's.
    const res =
      typeof worker.request === "function"
        ? await worker.request(request)
        : await worker.fetch(request, {}, { waitUntil() {}, passThroughOnException() {} });
    if (res.status !== 200) throw new Error(`${service}: /openapi.json answered ${res.status}`);
    return await res.json();
  } finally {
    console.log = quiet;
  }
}

const HEADER = (service) =>
  `/**\n * Generated from the ${service} service's /${service}/openapi.json by packages/client/scripts/generate.mjs.\n * Do not edit: run \`npm run generate -w @ishc/client\` (a test fails when this file is stale).\n */\n\n`;

mkdirSync(OUT, { recursive: true });
for (const service of API_SERVICES) {
  const document = await documentOf(service);
  const ast = await openapiTS(document, { exportType: false, alphabetize: false });
  writeFileSync(path.join(OUT, `${service}.ts`), HEADER(service) + astToString(ast));
}
writeFileSync(
  path.join(OUT, "index.ts"),
  `${HEADER("every")}${API_SERVICES.map((s) => `export type { paths as ${s[0].toUpperCase()}${s.slice(1)}Paths, components as ${s[0].toUpperCase()}${s.slice(1)}Components } from "./${s}";`).join("\n")}\n`,
);
console.log(`client types: ${API_SERVICES.join(", ")} → ${path.relative(process.cwd(), OUT) || "."}`);
