#!/usr/bin/env node
// Hand-made mutants for the workers, whose tests run in workerd where StrykerJS cannot instrument
// them. For each mutant in mutants.json: apply one search → replace in a scratch copy of the
// repository, run the judging package's tests there, record killed / survived, put the file back.
//
//   npm run mutation:workers                       # every mutant, scratch copy of HEAD
//   npm run mutation:workers -- --only auth-exp,users-club-board
//   npm run mutation:workers -- --source worktree  # copy the working tree (uncommitted edits too)
//   npm run mutation:workers -- --no-docs --keep
//
// Never touches the work tree except reports/mutation/workers.json (git-ignored) and, unless
// --no-docs, the generated section of docs/testing.md. A mutant whose search text is not found
// exactly once is reported as "stale" (missing) or "ambiguous" and makes the run exit 1.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = parseArgs(process.argv.slice(2));
const mutants = JSON.parse(fs.readFileSync(path.join(root, "infra/mutation/mutants.json"), "utf8")).filter(
  (m) => !args.only || args.only.includes(m.id),
);
checkList(mutants);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ishc-mutants-"));
const logDir = path.join(root, "reports/mutation/workers");
fs.mkdirSync(logDir, { recursive: true });
const commit = git("rev-parse", "--short", "HEAD").trim();
const results = [];
let exitCode = 0;

try {
  console.log(
    `scratch copy of ${args.source === "head" ? `HEAD (${commit})` : "the working tree"} in ${scratch}`,
  );
  copyRepository(scratch, args.source);
  linkNodeModules(scratch);

  const packages = [...new Set(mutants.flatMap(judgesOf))];
  const timeouts = new Map();
  for (const pkg of packages) {
    process.stdout.write(`baseline ${pkg} … `);
    const run = await runTests(pkg, `baseline.${path.basename(pkg)}`, 15 * 60_000);
    console.log(`${run.status} in ${(run.ms / 1000).toFixed(0)} s`);
    if (run.status !== "passed") {
      throw new Error(`${pkg}'s tests fail without any mutant (see ${run.log}); nothing can be measured`);
    }
    timeouts.set(pkg, Math.max(120_000, 3 * run.ms));
  }

  for (const mutant of mutants) {
    const file = path.join(scratch, mutant.file);
    const original = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    const mutated =
      original === null ? { status: "stale", why: "file missing" } : applyEdits(original, mutant);
    if (typeof mutated !== "string") {
      results.push({ ...pick(mutant), status: mutated.status, note: mutated.why, ms: 0 });
      console.log(`${mutated.status.padEnd(9)} ${mutant.id}: ${mutated.why} in ${mutant.file}`);
      exitCode = 1;
      continue;
    }
    fs.writeFileSync(file, mutated);
    try {
      // The judges in order (cheap node tests first); the first that fails kills the mutant.
      let status = "survived";
      let note = "";
      let ms = 0;
      for (const judge of judgesOf(mutant)) {
        const run = await runTests(judge, `${mutant.id}.${path.basename(judge)}`, timeouts.get(judge));
        ms += run.ms;
        if (run.status === "passed") continue;
        status = run.status === "timeout" ? "timeout" : "killed";
        note = `by ${judge}${run.failed ? `, ${run.failed}` : ""}`;
        break;
      }
      results.push({ ...pick(mutant), status, note, ms });
      console.log(`${status.padEnd(9)} ${mutant.id} (${(ms / 1000).toFixed(0)} s) ${note}`);
    } finally {
      fs.writeFileSync(file, original);
    }
  }
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  exitCode = 2;
} finally {
  if (args.keep) console.log(`scratch copy kept at ${scratch}`);
  else fs.rmSync(scratch, { recursive: true, force: true });
}

if (results.length > 0) {
  const summary = summarise(results);
  printTable(results, summary);
  const report = {
    date: new Date().toISOString(),
    source: args.source,
    commit,
    machine: machine(),
    summary,
    results,
  };
  fs.writeFileSync(path.join(root, "reports/mutation/workers.json"), `${JSON.stringify(report, null, 2)}\n`);
  if (args.docs && args.only === null && exitCode !== 2) writeDocs(report);
}
process.exit(exitCode);

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const out = { only: null, source: "head", keep: false, docs: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--only") out.only = argv[++i].split(",");
    else if (a === "--source") out.source = argv[++i];
    else if (a === "--keep") out.keep = true;
    else if (a === "--no-docs") out.docs = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!["head", "worktree"].includes(out.source)) throw new Error("--source is head or worktree");
  return out;
}

function checkList(list) {
  const ids = new Set();
  for (const m of list) {
    for (const key of ["id", "package", "file", "description"]) {
      if (typeof m[key] !== "string" || m[key] === "")
        throw new Error(`mutant ${m.id ?? "?"}: "${key}" must be a non-empty string`);
    }
    if (m.tests !== undefined && (!Array.isArray(m.tests) || m.tests.length === 0)) {
      throw new Error(`mutant ${m.id}: "tests" must be a non-empty array of package directories`);
    }
    const [search, replace] = [[m.search].flat(), [m.replace].flat()];
    if (search.length === 0 || search.length !== replace.length) {
      throw new Error(`mutant ${m.id}: search and replace must be strings, or arrays of the same length`);
    }
    search.forEach((text, i) => {
      if (typeof text !== "string" || text === "" || typeof replace[i] !== "string") {
        throw new Error(`mutant ${m.id}: each search must be a non-empty string and each replace a string`);
      }
      if (text === replace[i]) throw new Error(`mutant ${m.id}: a replace is the same as its search`);
    });
    if (ids.has(m.id)) throw new Error(`mutant id ${m.id} twice`);
    ids.add(m.id);
  }
  if (list.length === 0) throw new Error("no mutants selected");
}

function git(...gitArgs) {
  const run = spawnSync("git", ["-C", root, ...gitArgs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${gitArgs.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

/** HEAD through `git archive` (no worktree entry in .git), or the working tree's tracked and unignored files. */
function copyRepository(dest, source) {
  if (source === "head") {
    const archive = spawnSync("git", ["-C", root, "archive", "--format=tar", "HEAD"], {
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (archive.status !== 0) throw new Error(`git archive: ${archive.stderr}`);
    const untar = spawnSync("tar", ["-x", "-C", dest], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr}`);
    return;
  }
  const files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard")
    .split("\0")
    .filter(Boolean);
  for (const rel of files) {
    const from = path.join(root, rel);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(dest, rel));
  }
}

/**
 * The root node_modules, entry by entry as symlinks (read only), except the workspace packages
 * (@ishc/*), which must point at the scratch copy so that a mutant in a package reaches the app
 * that imports it. Each workspace gets its own real node_modules so vite's cache stays in /tmp.
 */
function linkNodeModules(dest) {
  const workspaces = workspaceDirs(dest);
  const modules = path.join(dest, "node_modules");
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(root, "node_modules"))) {
    if (entry === "@ishc" || entry === ".vite" || entry === ".cache") continue;
    fs.symlinkSync(path.join(root, "node_modules", entry), path.join(modules, entry));
  }
  fs.mkdirSync(path.join(modules, "@ishc"));
  for (const [name, dir] of workspaces) {
    if (name.startsWith("@ishc/")) fs.symlinkSync(path.join(dest, dir), path.join(modules, name));
    const own = path.join(root, dir, "node_modules");
    fs.mkdirSync(path.join(dest, dir, "node_modules"), { recursive: true });
    if (!fs.existsSync(own)) continue;
    for (const entry of fs.readdirSync(own)) {
      if (entry.startsWith(".")) continue;
      fs.symlinkSync(path.join(own, entry), path.join(dest, dir, "node_modules", entry));
    }
  }
}

function workspaceDirs(dest) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dest, "package.json"), "utf8"));
  const dirs = new Map();
  for (const pattern of manifest.workspaces) {
    const parent = pattern.replace(/\/\*$/, "");
    if (!fs.existsSync(path.join(dest, parent))) continue;
    for (const child of fs.readdirSync(path.join(dest, parent))) {
      const pkg = path.join(dest, parent, child, "package.json");
      if (fs.existsSync(pkg)) dirs.set(JSON.parse(fs.readFileSync(pkg, "utf8")).name, `${parent}/${child}`);
    }
  }
  return dirs;
}

function runTests(pkg, id, timeoutMs) {
  const log = path.join(logDir, `${id}.log`);
  const out = fs.openSync(log, "w");
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npx", ["vitest", "run", "--bail=1"], {
      cwd: path.join(scratch, pkg),
      env: { ...process.env, CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", out, out],
      detached: true, // its own process group, so a timeout ends workerd too
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      fs.closeSync(out);
      const text = fs.readFileSync(log, "utf8");
      const failed = /FAIL\s+(\S+)/.exec(text)?.[1];
      resolve({
        status: timedOut ? "timeout" : code === 0 ? "passed" : "failed",
        ms: Date.now() - started,
        log,
        failed: failed ? `first failing: ${failed}` : undefined,
      });
    });
  });
}

/** The file with every edit applied, each search found exactly once in the original; or why not. */
function applyEdits(original, mutant) {
  const [search, replace] = [[mutant.search].flat(), [mutant.replace].flat()];
  let text = original;
  for (let i = 0; i < search.length; i++) {
    const count = occurrences(original, search[i]);
    const which = search.length > 1 ? ` (edit ${i + 1})` : "";
    if (count === 0) return { status: "stale", why: `search text not found${which}` };
    if (count > 1) return { status: "ambiguous", why: `search text found ${count} times${which}` };
    if (occurrences(text, search[i]) !== 1) return { status: "ambiguous", why: `edits overlap${which}` };
    text = text.replace(search[i], () => replace[i]);
  }
  return text;
}

function occurrences(text, search) {
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) count++;
  return count;
}

function pick(m) {
  return { id: m.id, package: m.package, file: m.file, tests: judgesOf(m), description: m.description };
}

/** The packages whose tests judge a mutant: `tests` if given, else its own package. */
function judgesOf(m) {
  return m.tests ?? [m.package];
}

function summarise(list) {
  const byPackage = {};
  for (const r of list) {
    byPackage[r.package] ??= { killed: 0, timeout: 0, survived: 0, stale: 0, ambiguous: 0 };
    const s = byPackage[r.package];
    s[r.status]++;
  }
  for (const s of Object.values(byPackage)) {
    const judged = s.killed + s.timeout + s.survived;
    s.score = judged === 0 ? null : Math.round((1000 * (s.killed + s.timeout)) / judged) / 10;
  }
  return byPackage;
}

function printTable(list, summary) {
  const rows = list.map((r) => [r.status, r.id, r.package, r.file]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[["status", "id", "package", "file"], ...rows].map((r) => r[i].length)),
  );
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`\n${line(["status", "id", "package", "file"])}`);
  for (const r of rows) console.log(line(r));
  console.log("");
  for (const [pkg, s] of Object.entries(summary)) {
    console.log(
      `${pkg}: score ${s.score ?? "-"} % (killed ${s.killed}, timeout ${s.timeout}, survived ${s.survived}, stale ${s.stale}, ambiguous ${s.ambiguous})`,
    );
  }
}

function machine() {
  return `${os.cpus().length} cores, Node ${process.versions.node}, ${os.platform()}`;
}

/** Rewrites the part of docs/testing.md between the two markers. */
function writeDocs(report) {
  const doc = path.join(root, "docs/testing.md");
  if (!fs.existsSync(doc)) return;
  const begin = "<!-- mutants:begin (written by infra/mutation/run-mutants.mjs) -->";
  const end = "<!-- mutants:end -->";
  const text = fs.readFileSync(doc, "utf8");
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a === -1 || b < a) return;
  const lines = [
    begin,
    "",
    `Last run: ${report.date.slice(0, 10)}, ${report.source === "head" ? `commit ${report.commit}` : "working tree"}, ${report.machine}.`,
    "",
    "| package | score | killed | timeout | survived | stale |",
    "| ------- | ----- | ------ | ------- | -------- | ----- |",
    ...Object.entries(report.summary).map(
      ([pkg, s]) =>
        `| ${pkg} | ${s.score ?? "-"} % | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.stale + s.ambiguous} |`,
    ),
    "",
    "| mutant | status | what it does |",
    "| ------ | ------ | ------------ |",
    ...report.results.map((r) => `| \`${r.id}\` | ${r.status} | ${r.description.replaceAll("|", "\\|")} |`),
    "",
    end,
  ];
  fs.writeFileSync(doc, text.slice(0, a) + lines.join("\n") + text.slice(b + end.length));
}
