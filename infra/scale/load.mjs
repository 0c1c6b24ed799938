#!/usr/bin/env node
/**
 * A province at scale in a persisted local D1, for benchmarks and growth measurements:
 *
 *   npm run scale:1x    # 1,012 clubs, ~54,000 active members, five years of history
 *   npm run scale:10x   # the same province with fifty years (ten five-year spans)
 *   node infra/scale/load.mjs <1x|10x> [--seed N] [--force]
 *
 * The rows come from `scaleProvince` (packages/demo-data/src/scale), deterministic from the
 * seed. They go in as parameterised INSERTs (each within D1's 100 bound parameters) in D1
 * `batch` calls through Miniflare, into `.wrangler/scale/<size>/d1` migrated with the real
 * migrations, under the workers' database id, so `new Miniflare({ d1Persist: "<dir>/d1",
 * workers: [...] })` serves it. `manifest.json` beside it holds the seed, the row counts, the
 * load time, sample ids and the logins. A complete state of the same seed and generator
 * version is reused unless `--force`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Miniflare } from "miniflare";
import { register } from "tsx/esm/api";
import { ROOT, wranglerConfigOf } from "../lib/jsonc.mjs";
import { progressBar } from "./progress.mjs";

register();
const { scaleProvince, SCALE_SIZES, SCALE_GENERATOR_VERSION, DEFAULT_SEED } = await import("@ishc/demo-data");
const { hashPassword } = await import("@ishc/edge-kit/passwords");

export const SCALE_PASSWORD = "scale-ishc-2025";
const MIGRATIONS_DIR = path.join(ROOT, "packages/domain/migrations");
/** Statements per D1 `batch` call (one transaction each). */
const STATEMENTS_PER_BATCH = 500;
const defaultLog = (line) => process.stderr.write(`${line}\n`);
const shown = (dir) => (dir.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, dir) : dir);

/** The migrations in order, each split on drizzle-kit's statement breakpoints. */
export function migrations() {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({
      name: file,
      statements: readFileSync(path.join(MIGRATIONS_DIR, file), "utf8")
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/** The database id the workers' wrangler.jsonc give their D1 binding. */
export const databaseId = () => wranglerConfigOf("membership").d1_databases[0].database_id;

/**
 * The loader's worker: each POST is one D1 `batch` of the bound statements in its JSON body
 * (`[{ sql, params }]`). Sending rows as JSON to a worker that binds them is several times
 * faster than binding each statement through Miniflare's Node proxy.
 */
const LOADER_WORKER = `export default {
  async fetch(request, env) {
    const statements = await request.json();
    await env.DB.batch(statements.map((s) => env.DB.prepare(s.sql).bind(...s.params)));
    return new Response(null, { status: 204 });
  },
};`;

/** A Miniflare holding the database, persisted in `d1Persist`, and the loader's worker (or `script`). */
export function databaseOnly(d1Persist, script = LOADER_WORKER) {
  return new Miniflare({
    modules: true,
    script,
    compatibilityDate: wranglerConfigOf("membership").compatibility_date,
    d1Databases: { DB: databaseId() },
    d1Persist,
  });
}

function sqliteBytes(dir) {
  let bytes = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.sqlite(-wal)?$/.test(entry.name)) {
      bytes += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
    }
  }
  return bytes;
}

/** `count(*)` of every table of ours, sent one at a time (the proxy refuses concurrent calls). */
export async function countRows(db) {
  const { results } = await db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
    )
    .all();
  const counts = {};
  for (const { name } of results) {
    counts[name] = Number((await db.prepare(`SELECT count(*) AS n FROM "${name}"`).first()).n);
  }
  return counts;
}

/** The table a batch begins with, for error messages. */
const table = (batch) => /INSERT INTO "([a-z_]+)"/.exec(batch[0]?.sql ?? "")?.[1] ?? "?";

async function migrate(db) {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)",
  );
  for (const { name, statements } of migrations()) {
    await db.batch([
      ...statements.map((s) => db.prepare(s)),
      db.prepare("INSERT INTO d1_migrations (name) VALUES (?)").bind(name),
    ]);
  }
}

async function samples(db, logins) {
  const byRole = (role) => logins.find((l) => l.role === role);
  const admin = byRole("province_admin");
  const officer = byRole("commune_officer");
  const board = byRole("club_board");
  const viewer = byRole("viewer");
  const clubId = board.orgUnitId;
  const person = await db
    .prepare(
      "SELECT person_id AS id FROM memberships WHERE club_id = ? AND left_on IS NULL ORDER BY person_id LIMIT 1",
    )
    .bind(clubId)
    .first();
  const loan = await db
    .prepare(
      "SELECT id, club_id AS clubId, person_id AS personId, owed FROM loans WHERE status = 'active' AND owed > 0 ORDER BY disbursed_on DESC, id LIMIT 1",
    )
    .first();
  const account = (l) => l && { login: l.login, password: SCALE_PASSWORD, orgUnitId: l.orgUnitId };
  return {
    communeId: officer.orgUnitId,
    sample: { clubId, personId: person?.id ?? null, loan: loan ?? null },
    logins: {
      provinceAdmin: account(admin),
      communeOfficer: account(officer),
      clubBoard: account(board),
      viewer: account(viewer),
    },
  };
}

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/**
 * The scale province of `size` ("1x", "10x", or any name with `copies` and `history`) in
 * `dir` (default `.wrangler/scale/<size>`): loads it unless a complete state of the same
 * seed, shape and generator version is there (or `force`).
 */
export async function ensureScaleProvince({
  size = "1x",
  seed = DEFAULT_SEED,
  force = false,
  log,
  copies,
  history,
  dir,
  fiveYearsOfMeetings = true,
} = {}) {
  const say = log ?? defaultLog;
  const shape = SCALE_SIZES[size] ?? {};
  const wanted = { copies: copies ?? shape.copies, history: history ?? shape.history };
  if (!wanted.copies || !wanted.history) {
    throw new Error(
      `unknown size ${size}: use ${Object.keys(SCALE_SIZES).join(" or ")}, or give copies and history`,
    );
  }
  const home = dir ?? path.join(ROOT, ".wrangler/scale", size);
  const d1Persist = path.join(home, "d1");
  const manifestFile = path.join(home, "manifest.json");
  const known = readManifest(manifestFile);
  if (
    !force &&
    known?.complete === true &&
    known.seed === seed &&
    known.generatorVersion === SCALE_GENERATOR_VERSION &&
    known.copies === wanted.copies &&
    known.history === wanted.history &&
    (known.fiveYearsOfMeetings ?? true) === fiveYearsOfMeetings &&
    existsSync(d1Persist)
  ) {
    say(`scale ${size}: reusing ${shown(home)} (seed ${seed}, loaded ${known.loadedAt})`);
    return { dir: home, d1Persist, manifest: known };
  }

  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const started = performance.now();
  const mf = databaseOnly(d1Persist);
  try {
    const db = await mf.getD1Database("DB");
    await migrate(db);
    const passwordHash = await hashPassword(SCALE_PASSWORD);
    const totalChunks = wanted.copies * wanted.history;
    const bar = progressBar({ label: `scale ${size}`, log });
    const expected = {};
    let chunksDone = 0;
    let statements = 0;
    let rows = 0;
    let first;
    let inflight = Promise.resolve();
    const send = async (body, name) => {
      const res = await mf.dispatchFetch("http://loader/", { method: "POST", body });
      if (res.status !== 204) throw new Error(`a batch of ${name} failed: ${await res.text()}`);
    };
    for (const chunk of scaleProvince({ seed, ...wanted, passwordHash, fiveYearsOfMeetings })) {
      first ??= chunk.province;
      const chunkRows = Object.values(chunk.rows).reduce((a, b) => a + b, 0);
      for (const [table, n] of Object.entries(chunk.rows)) expected[table] = (expected[table] ?? 0) + n;
      for (let i = 0; i < chunk.statements.length; i += STATEMENTS_PER_BATCH) {
        const batch = chunk.statements.slice(i, i + STATEMENTS_PER_BATCH);
        const body = JSON.stringify(batch);
        // One batch in flight while the next is prepared (and the next chunk generated): sent in order.
        await inflight;
        inflight = send(body, table(batch));
        inflight.catch(() => {}); // awaited (and thrown) before the next send
        statements += batch.length;
        const within = Math.min(1, (i + batch.length) / chunk.statements.length);
        const seconds = (performance.now() - started) / 1000;
        bar.update(
          (chunksDone + within) / totalChunks,
          `copy ${chunk.copy + 1}/${wanted.copies}, span ${chunk.shift + 1}/${wanted.history}, ${Math.round((rows + within * chunkRows) / seconds).toLocaleString("en")} rows/s`,
        );
      }
      rows += chunkRows;
      chunksDone += 1;
    }
    await inflight;
    const loadSeconds = (performance.now() - started) / 1000;
    bar.done(`${rows.toLocaleString("en")} rows in ${statements.toLocaleString("en")} statements`);

    const counts = await countRows(db);
    for (const [table, n] of Object.entries(expected)) {
      if (counts[table] !== n)
        throw new Error(`${table} holds ${counts[table]} rows, the generator gave ${n}`);
    }
    const activeMembers = Number(
      (await db.prepare("SELECT count(*) AS n FROM memberships WHERE left_on IS NULL").first()).n,
    );
    const picked = await samples(db, first.logins);
    await mf.dispose();
    const bytes = sqliteBytes(d1Persist);
    const manifest = {
      complete: true,
      size,
      seed,
      generator: "@ishc/demo-data scaleProvince",
      generatorVersion: SCALE_GENERATOR_VERSION,
      copies: wanted.copies,
      history: wanted.history,
      fiveYearsOfMeetings,
      historyMeaning: `${wanted.history} five-year span(s): the latest (June 2020 – May 2025) and ${wanted.history - 1} older copies of its dated records shifted back 5, 10, … years`,
      databaseId: databaseId(),
      d1Persist: path.relative(home, d1Persist),
      provinceId: first.root.provinceId,
      nationalId: first.root.nationalId,
      ...picked,
      clubs: counts.clubs,
      activeMembers,
      rows: counts,
      totalRows: Object.values(counts).reduce((a, b) => a + b, 0),
      statements,
      loadSeconds: Math.round(loadSeconds * 10) / 10,
      rowsPerSecond: Math.round(rows / loadSeconds),
      sqliteBytes: bytes,
      bytesPerClub: Math.round(bytes / counts.clubs),
      bytesPerActiveMember: Math.round(bytes / activeMembers),
      loadedAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    };
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    say(
      `scale ${size}: ${manifest.clubs} clubs, ${activeMembers} active members, ${manifest.totalRows} rows in ${manifest.loadSeconds} s; ${(bytes / 2 ** 20).toFixed(0)} MiB on disk → ${shown(home)}`,
    );
    return { dir: home, d1Persist, manifest };
  } finally {
    await mf.dispose().catch(() => {});
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: "string" }, force: { type: "boolean", default: false } },
  });
  const size = positionals[0] ?? "1x";
  if (!(size in SCALE_SIZES) || positionals.length > 1) {
    process.stderr.write(
      `usage: node infra/scale/load.mjs <${Object.keys(SCALE_SIZES).join("|")}> [--seed N] [--force]\n`,
    );
    process.exit(2);
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write(`--seed must be an integer, got ${values.seed}\n`);
    process.exit(2);
  }
  const { dir, manifest } = await ensureScaleProvince({ size, seed, force: values.force });
  process.stdout.write(
    `${JSON.stringify({ dir, provinceId: manifest.provinceId, loadSeconds: manifest.loadSeconds, sqliteBytes: manifest.sqliteBytes, logins: manifest.logins }, null, 2)}\n`,
  );
}
