/**
 * Migration discipline (infra/scripts/check-migrations.mjs): the real migrations only expand;
 * a sample destructive migration (fixtures/destructive-migrations) fails; the same removal
 * shipped later as a marked contraction (fixtures/contraction-migrations) passes.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { checkMigrations } from "../scripts/check-migrations.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCRIPT = path.join(HERE, "../scripts/check-migrations.mjs");
const TMP = mkdtempSync(path.join(tmpdir(), "ishc-migrations-test-"));
after(() => rmSync(TMP, { recursive: true, force: true }));

const BASE = `CREATE TABLE \`clubs\` (\`id\` text PRIMARY KEY NOT NULL, \`name\` text NOT NULL, \`code\` text,
  CONSTRAINT "clubs_code" CHECK(length(code) > 0), FOREIGN KEY (\`id\`) REFERENCES \`x\`(\`id\`));`;

/** A migrations folder holding BASE then `sql`; returns what the check says. */
function check(sql, name = "0001_change.sql") {
  const dir = mkdtempSync(path.join(TMP, "case-"));
  writeFileSync(path.join(dir, "0000_base.sql"), BASE);
  writeFileSync(path.join(dir, name), sql);
  return checkMigrations(dir);
}

describe("migration discipline", () => {
  it("passes the real migrations (packages/domain/migrations)", () => {
    const result = checkMigrations();
    assert.ok(result.files.length >= 5);
    assert.deepEqual(result.problems, []);
    assert.ok(result.schema.get("clubs")?.has("founded_on"));
    assert.ok(result.schema.get("journal_lines")?.has("amount"));
  });

  it("fails the sample destructive migration, naming what it removes (exit 1)", () => {
    const dir = path.join(HERE, "fixtures/destructive-migrations");
    assert.deepEqual(checkMigrations(dir).problems, [
      "0001_tidy.sql removes column clubs.legacy_code, table club_notes",
    ]);
    const cli = spawnSync(process.execPath, [SCRIPT, dir], { encoding: "utf8" });
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /-- contraction: <why it is safe now>/);
  });

  it("passes the same removal shipped later as a marked contraction", () => {
    const result = checkMigrations(path.join(HERE, "fixtures/contraction-migrations"));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.contractions, [
      "0002_contract.sql removes column clubs.legacy_code, table club_notes",
    ]);
  });

  it("catches every way of dropping or renaming", () => {
    assert.deepEqual(check("DROP TABLE IF EXISTS clubs;").problems, ["0001_change.sql removes table clubs"]);
    assert.deepEqual(check("ALTER TABLE clubs RENAME TO club;").problems, [
      "0001_change.sql removes table clubs",
    ]);
    assert.deepEqual(check("ALTER TABLE `clubs` RENAME COLUMN `code` TO `club_code`;").problems, [
      "0001_change.sql removes column clubs.code",
    ]);
    assert.deepEqual(check('alter table "clubs" rename "name" to "title"').problems, [
      "0001_change.sql removes column clubs.name",
    ]);
    assert.deepEqual(check("ALTER TABLE clubs DROP code;").problems, [
      "0001_change.sql removes column clubs.code",
    ]);
  });

  it("reads drizzle's table rebuild by its net effect", () => {
    const rebuild = (columns) => `CREATE TABLE \`__new_clubs\` (${columns});--> statement-breakpoint
INSERT INTO \`__new_clubs\`("id", "name") SELECT "id", "name" FROM \`clubs\`;--> statement-breakpoint
DROP TABLE \`clubs\`;--> statement-breakpoint
ALTER TABLE \`__new_clubs\` RENAME TO \`clubs\`;`;
    const keeps = "`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `code` text NOT NULL DEFAULT ('x')";
    assert.deepEqual(check(rebuild(keeps)).problems, []);
    assert.deepEqual(check(rebuild("`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL")).problems, [
      "0001_change.sql removes column clubs.code",
    ]);
  });

  it("lets additions, backfills and indexes through; ignores names inside comments and strings", () => {
    const sql = `-- DROP TABLE clubs would be wrong here
ALTER TABLE clubs ADD COLUMN founded_on text;
UPDATE clubs SET name = 'DROP TABLE clubs;' WHERE name = '';
CREATE INDEX clubs_code_idx ON clubs (code); DROP INDEX clubs_code_idx;
CREATE TABLE t (a text); DROP TABLE t;`;
    assert.deepEqual(check(sql).problems, []);
  });

  it("wants a reason after the marker", () => {
    assert.equal(check("-- contraction:\nDROP TABLE clubs;").problems.length, 1);
    assert.equal(check("-- contraction: unread since 2026-07\nDROP TABLE clubs;").problems.length, 0);
  });
});
