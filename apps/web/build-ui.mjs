#!/usr/bin/env node
/**
 * Builds the console into dist-web/: the app (ui/main.tsx, Preact) bundled and minified by esbuild
 * into hashed scripts — the entry with the shell, sign-in, home and club pages, the code they share
 * in chunks it imports, and every other page in a chunk of its own loaded when first opened
 * (esbuild splitting) — index.html with the stylesheet inlined and the entry's chunks preloaded,
 * and files.js: every file as a string with its type and ETag, which the worker (worker/index.ts)
 * imports and serves. The first load (the page, the entry and the chunks it imports) must stay
 * under 150 KiB gzip; the worker bundle, all pages, is checked by
 * infra/scripts/check-bundle-size.mjs against the same budget.
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
  entryPoints: { app: path.join(HERE, "ui/main.tsx") },
  bundle: true,
  splitting: true,
  outdir: OUT,
  entryNames: "[name].[hash]",
  chunkNames: "chunk.[hash]",
  metafile: true,
  minify: true,
  format: "esm",
  target: ["es2020", "chrome80", "safari14", "firefox78"],
  jsx: "automatic",
  jsxImportSource: "preact",
  write: false,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
});
const urlOf = (file) => `/web/${path.basename(file)}`;
const scripts = Object.fromEntries(result.outputFiles.map((file) => [urlOf(file.path), file.text]));
const [entryOut, entryMeta] = Object.entries(result.metafile.outputs).find(([, out]) =>
  out.entryPoint?.endsWith("ui/main.tsx"),
);
const script = urlOf(entryOut);
/** What the entry imports before it runs: fetched with it on the first load. */
const preloaded = entryMeta.imports.filter((i) => i.kind === "import-statement").map((i) => urlOf(i.path));
const css = readFileSync(path.join(HERE, "ui/style.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  .replace(/\s*([{}:;,>])\s*/g, "$1")
  .trim();
const html = readFileSync(path.join(HERE, "ui/index.html"), "utf8")
  .replace("/*STYLE*/", css)
  .replace("%SCRIPT%", script)
  .replace("<!--PRELOAD-->", preloaded.map((url) => `<link rel="modulepreload" href="${url}">`).join(""));

const files = { "/": { type: "text/html; charset=utf-8", body: html, immutable: false } };
for (const [url, body] of Object.entries(scripts))
  files[url] = { type: "text/javascript; charset=utf-8", body, immutable: true };
for (const file of Object.values(files)) file.etag = `"${hash(file.body)}"`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, "index.html"), html);
for (const [url, body] of Object.entries(scripts)) writeFileSync(path.join(OUT, path.basename(url)), body);
writeFileSync(
  path.join(OUT, "files.js"),
  `// Written by build-ui.mjs: the console's files, served by worker/index.ts.\nexport const FILES = ${JSON.stringify(files)};\n`,
);
writeFileSync(
  path.join(OUT, "files.d.ts"),
  "export declare const FILES: Record<string, { type: string; body: string; etag: string; immutable: boolean }>;\n",
);
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const first = gz(html) + gz(scripts[script]) + preloaded.reduce((sum, url) => sum + gz(scripts[url]), 0);
const all = gz(html) + Object.values(scripts).reduce((sum, body) => sum + gz(body), 0);
console.log(
  `console: first load ${kib(first)} gzip in ${2 + preloaded.length} requests (index.html ${kib(gz(html))}, ${path.basename(script)} ${kib(gz(scripts[script]))}${preloaded.map((url) => `, ${path.basename(url)} ${kib(gz(scripts[url]))}`).join("")}); every page ${kib(all)} in ${Object.keys(scripts).length} scripts`,
);
if (first > 150 * 1024) {
  console.error("console: the first load is over the 150 KiB gzip budget");
  process.exitCode = 1;
}
