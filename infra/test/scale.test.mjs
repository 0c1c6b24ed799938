/**
 * The scale loader (infra/scale/load.mjs) at a tiny size: two copies of the demo province with
 * two five-year spans and the demo's six months of meetings, into a temp dir, through the real
 * migrations on Miniflare's D1. The manifest's counts are the tables' `count(*)`, no foreign key
 * is broken, and a second call reuses the state. Calls through Miniflare's D1 proxy go one at a
 * time (concurrent ones fail).
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Miniflare } from "miniflare";
import { wranglerConfigOf } from "../lib/jsonc.mjs";
import { countRows, ensureScaleProvince } from "../scale/load.mjs";

const TMP = mkdtempSync(path.join(tmpdir(), "ishc-scale-test-"));
const TINY = { size: "tiny", copies: 2, history: 2, fiveYearsOfMeetings: false, dir: TMP, log: () => {} };
/** Generating two copies and loading some 70,000 rows: seconds, more on a busy machine. */
const LOAD_TIMEOUT = 120_000;

describe("ensureScaleProvince at a tiny size", { timeout: LOAD_TIMEOUT * 2 }, () => {
  let loaded;
  let mf;
  let db;
  before(
    async () => {
      loaded = await ensureScaleProvince(TINY);
      mf = new Miniflare({
        modules: true,
        script: "export default { fetch() { return new Response(null); } };",
        compatibilityDate: wranglerConfigOf("membership").compatibility_date,
        d1Databases: { DB: wranglerConfigOf("membership").d1_databases[0].database_id },
        d1Persist: loaded.d1Persist,
      });
      db = await mf.getD1Database("DB");
    },
    { timeout: LOAD_TIMEOUT },
  );
  after(async () => {
    await mf?.dispose();
    rmSync(TMP, { recursive: true, force: true });
  });

  it("writes a manifest whose row counts are the tables' count(*), under the workers' database id", async () => {
    const { manifest } = loaded;
    assert.equal(manifest.complete, true);
    assert.equal(manifest.copies, 2);
    assert.equal(manifest.history, 2);
    assert.equal(manifest.databaseId, wranglerConfigOf("membership").d1_databases[0].database_id);
    const counts = await countRows(db);
    assert.deepEqual(manifest.rows, counts);
    assert.equal(counts.clubs, 92);
    assert.ok(counts.meetings > 0 && counts.attendance > counts.meetings);
    assert.equal(
      manifest.totalRows,
      Object.values(counts).reduce((a, b) => a + b, 0),
    );
    assert.ok(manifest.sqliteBytes > 0 && manifest.loadSeconds > 0);
  });

  it("leaves no foreign key broken and applies every migration", async () => {
    const broken = await db.prepare("PRAGMA foreign_key_check").all();
    assert.deepEqual(broken.results, []);
    const applied = await db.prepare("SELECT count(*) AS n FROM d1_migrations").first();
    assert.ok(Number(applied.n) >= 6);
  });

  it("names ids that exist: the province, a commune below it, a club with members, a loan still owed", async () => {
    const { manifest } = loaded;
    const unit = (id) => db.prepare("SELECT kind, path FROM org_units WHERE id = ?").bind(id).first();
    assert.equal((await unit(manifest.provinceId)).kind, "province");
    const commune = await unit(manifest.communeId);
    assert.match(commune.path, new RegExp(manifest.provinceId));
    const member = await db
      .prepare(
        "SELECT count(*) AS n FROM memberships WHERE club_id = ? AND person_id = ? AND left_on IS NULL",
      )
      .bind(manifest.sample.clubId, manifest.sample.personId)
      .first();
    assert.equal(Number(member.n), 1);
    const loan = await db
      .prepare("SELECT club_id, owed FROM loans WHERE id = ?")
      .bind(manifest.sample.loan.id)
      .first();
    assert.equal(loan.club_id, manifest.sample.loan.clubId);
    assert.ok(loan.owed > 0);
    const admin = await db
      .prepare("SELECT role, org_unit_id FROM users WHERE login = ?")
      .bind(manifest.logins.provinceAdmin.login)
      .first();
    assert.deepEqual(admin, { role: "province_admin", org_unit_id: manifest.provinceId });
  });

  it("reuses a complete state of the same seed, and says so", async () => {
    const lines = [];
    const again = await ensureScaleProvince({ ...TINY, log: (line) => lines.push(line) });
    assert.equal(again.manifest.loadedAt, loaded.manifest.loadedAt);
    assert.match(lines.join("\n"), /reusing/);
    assert.ok(existsSync(again.d1Persist));
  });
});
