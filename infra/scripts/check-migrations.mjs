#!/usr/bin/env node
/**
 * Migration discipline: while the previous release's workers may still run, a migration only
 * expands the schema (new tables, new columns, backfills). Dropping or renaming a table or a
 * column that existed before the migration is a contraction: it ships later, in a migration of
 * its own that says so on a line of its own:
 *
 *   -- contraction: clubs.legacy_code unused since release 2026-06 (funds 0.3, membership 0.4)
 *
 * Each migration is read against the schema every earlier migration built (tables and their
 * columns, parsed from the SQL: CREATE TABLE, ALTER TABLE … ADD/DROP/RENAME, DROP TABLE). What is
 * compared is the net effect of the whole file, so drizzle's way of changing a SQLite column (a
 * `__new_x` table copied, `x` dropped, `__new_x` renamed to `x`) counts only the columns `x` loses.
 *
 *   node infra/scripts/check-migrations.mjs [migrationsDir]   (default: packages/domain/migrations)
 *
 * Exits 1 and names the migration, the table or column and the statement if one is unmarked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS_DIR, migrationFiles } from "../deploy/lib.mjs";

const IDENT = String.raw`(?:\x60([^\x60]+)\x60|"([^"]+)"|\[([^\]]+)\]|([A-Za-z_][\w$]*))`;
const ident = (match, from) => match[from] ?? match[from + 1] ?? match[from + 2] ?? match[from + 3];

/** `-- contraction: why` on a line of its own, with a reason. */
export const CONTRACTION = /^[ \t]*--[ \t]*contraction:[ \t]*\S.*$/im;

/** SQL statements without comments (drizzle's `--> statement-breakpoint` lines are comments too). */
export function statements(sql) {
  let text = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = sql.indexOf(ch, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else if (ch === "-" && sql[i + 1] === "-") {
      while (i < sql.length && sql[i] !== "\n") i++;
      text += "\n";
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === ";") {
      text += "\u0000";
    } else {
      text += ch;
    }
  }
  return text
    .split("\u0000")
    .map((statement) => statement.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The column names of a CREATE TABLE body: items that are not table constraints. */
function columnsOf(body) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const ch of body) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  const columns = [];
  for (const item of items.map((text) => text.trim()).filter(Boolean)) {
    if (/^(constraint|primary\s+key|foreign\s+key|unique|check)\b/i.test(item)) continue;
    const match = new RegExp(`^${IDENT}`).exec(item);
    if (match) columns.push(ident(match, 1).toLowerCase());
  }
  return columns;
}

const clone = (schema) => new Map([...schema].map(([table, columns]) => [table, new Set(columns)]));

/** Applies one statement to the schema model (tables → column names). Unknown statements change nothing. */
export function apply(schema, statement) {
  let m = new RegExp(
    String.raw`^create\s+(?:temp\w*\s+)?table\s+(?:if\s+not\s+exists\s+)?${IDENT}\s*\((.*)\)[^)]*$`,
    "is",
  ).exec(statement);
  if (m) {
    const table = ident(m, 1).toLowerCase();
    if (!schema.has(table)) schema.set(table, new Set(columnsOf(m[5])));
    return;
  }
  m = new RegExp(String.raw`^drop\s+table\s+(?:if\s+exists\s+)?${IDENT}`, "i").exec(statement);
  if (m) {
    schema.delete(ident(m, 1).toLowerCase());
    return;
  }
  m = new RegExp(String.raw`^alter\s+table\s+${IDENT}\s+(.*)$`, "is").exec(statement);
  if (!m) return;
  const table = ident(m, 1).toLowerCase();
  const action = m[5];
  const columns = schema.get(table) ?? new Set();
  let a = new RegExp(String.raw`^rename\s+to\s+${IDENT}`, "i").exec(action);
  if (a) {
    schema.delete(table);
    schema.set(ident(a, 1).toLowerCase(), columns);
    return;
  }
  a = new RegExp(String.raw`^rename\s+(?:column\s+)?${IDENT}\s+to\s+${IDENT}`, "i").exec(action);
  if (a) {
    columns.delete(ident(a, 1).toLowerCase());
    columns.add(ident(a, 5).toLowerCase());
    return;
  }
  a = new RegExp(String.raw`^add\s+(?:column\s+)?${IDENT}`, "i").exec(action);
  if (a) {
    columns.add(ident(a, 1).toLowerCase());
    schema.set(table, columns);
    return;
  }
  a = new RegExp(String.raw`^drop\s+(?:column\s+)?${IDENT}`, "i").exec(action);
  if (a) columns.delete(ident(a, 1).toLowerCase());
}

/** What the schema `before` had that `after` lacks: tables, then columns of surviving tables. */
export function removed(before, after) {
  const lost = [];
  for (const [table, columns] of before) {
    const now = after.get(table);
    if (!now) {
      lost.push(`table ${table}`);
      continue;
    }
    for (const column of columns) if (!now.has(column)) lost.push(`column ${table}.${column}`);
  }
  return lost;
}

/**
 * Checks every migration in `dir`, in file order. Returns the problems (unmarked contractions)
 * and the marked contractions, each as text naming the file and what it removes.
 */
export function checkMigrations(dir = MIGRATIONS_DIR) {
  let schema = new Map();
  const problems = [];
  const contractions = [];
  const files = migrationFiles(dir);
  for (const file of files) {
    const sql = readFileSync(path.join(dir, file), "utf8");
    const after = clone(schema);
    for (const statement of statements(sql)) apply(after, statement);
    const lost = removed(schema, after);
    if (lost.length > 0) {
      const line = `${file} removes ${lost.join(", ")}`;
      if (CONTRACTION.test(sql)) contractions.push(line);
      else problems.push(line);
    }
    schema = after;
  }
  return { files, problems, contractions, schema };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? MIGRATIONS_DIR);
  const { files, problems, contractions } = checkMigrations(dir);
  for (const line of contractions) console.log(`migrations  contraction (marked): ${line}`);
  if (problems.length > 0) {
    console.error(
      `migrations  ✘ ${problems.length} migration(s) drop or rename what the previous schema had, unmarked:\n  ${problems.join(
        "\n  ",
      )}\nOld workers still read these while a deploy rolls out. Ship the expansion now and the removal in a later migration that starts with a line "-- contraction: <why it is safe now>".`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `migrations  ✓ ${files.length} migration(s) in ${path.relative(process.cwd(), dir) || "."} only expand the schema (or are marked contractions)`,
    );
  }
}
