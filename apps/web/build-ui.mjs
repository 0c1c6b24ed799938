#!/usr/bin/env node
/**
 * Builds the console into dist-web/: the app (ui/main.tsx, Preact) bundled and minified by esbuild
 * into one hashed script, index.html with the stylesheet inlined, and files.js — every file as a
 * string with its type and ETag, which the worker (worker/index.ts) imports and serves. The worker
 * bundle is then the whole console: its gzip size, checked by infra/scripts/check-bundle-size.mjs
 * against 150 KiB, bounds what a first visit downloads.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, "dist-web");
const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 12);

const result = await build({
  entryPoints: [path.join(HERE, "ui/main.tsx")],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020", "chrome80", "safari14", "firefox78"],
  jsx: "automatic",
  jsxImportSource: "preact",
  write: false,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
});
const js = result.outputFiles[0].text;
const css = readFileSync(path.join(HERE, "ui/style.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  .replace(/\s*([{}:;,>])\s*/g, "$1")
  .trim();
const script = `/web/app.${hash(js)}.js`;
const html = readFileSync(path.join(HERE, "ui/index.html"), "utf8")
  .replace("/*STYLE*/", css)
  .replace("%SCRIPT%", script);

const files = {
  "/": { type: "text/html; charset=utf-8", body: html, immutable: false },
  [script]: { type: "text/javascript; charset=utf-8", body: js, immutable: true },
};
for (const file of Object.values(files)) file.etag = `"${hash(file.body)}"`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, "index.html"), html);
writeFileSync(path.join(OUT, path.basename(script)), js);
writeFileSync(
  path.join(OUT, "files.js"),
  `// Written by build-ui.mjs: the console's files, served by worker/index.ts.\nexport const FILES = ${JSON.stringify(files)};\n`,
);
writeFileSync(
  path.join(OUT, "files.d.ts"),
  "export declare const FILES: Record<string, { type: string; body: string; etag: string; immutable: boolean }>;\n",
);
const gz = (text) => gzipSync(text, { level: 9 }).length;
const total = gz(html) + gz(js);
console.log(
  `console: index.html ${(gz(html) / 1024).toFixed(1)} KiB + ${path.basename(script)} ${(gz(js) / 1024).toFixed(1)} KiB gzip = ${(total / 1024).toFixed(1)} KiB first load`,
);
if (total > 150 * 1024) {
  console.error("console: the first load is over the 150 KiB gzip budget");
  process.exitCode = 1;
}
