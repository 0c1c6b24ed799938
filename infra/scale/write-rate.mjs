#!/usr/bin/env node
/**
 * How many write transactions a second one local D1 takes (Miniflare, workerd's SQLite), for
 * docs/scaling.md:
 *
 *   node infra/scale/write-rate.mjs [--seconds 10]
 *
 * A worker bound to a freshly migrated database (temp dir) runs, for `--seconds` each and
 * inside workerd (no Node round trip per write), D1 `batch` calls (each one transaction):
 *  - one row each (a person), one caller at a time, then 10 callers at once;
 *  - 20 statements × 20 rows (400 rows) each, one caller.
 * A local figure: production D1 adds the network and its own storage; the shape (one writer,
 * throughput set by how long each transaction holds it) is the same.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseOnly, migrations } from "./load.mjs";

const RATE_WORKER = `
const UNIT = "org_00000000000000000000000001";
let person = 0;
function people(n) {
  const ids = Array.from({ length: n }, () => "per_" + String(++person).padStart(26, "0"));
  return { sql: "INSERT INTO people (id, org_unit_id, full_name, name_search, sex, birth_year, poverty_status, lives_alone, created_at) VALUES " +
    ids.map(() => "(?, '" + UNIT + "', 'Nguyễn Văn A', 'nguyen van a', 'male', 1950, 'none', 0, '2025-01-01T00:00:00Z')").join(", "), ids };
}
export default {
  async fetch(request, env) {
    const { callers, statements, rows, seconds } = await request.json();
    const until = Date.now() + seconds * 1000;
    let transactions = 0;
    const caller = async () => {
      while (Date.now() < until) {
        await env.DB.batch(Array.from({ length: statements }, () => { const p = people(rows); return env.DB.prepare(p.sql).bind(...p.ids); }));
        transactions += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: callers }, caller));
    return Response.json({ transactions, seconds: (Date.now() - started) / 1000 });
  },
};`;

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" } } });
const SECONDS = Number(values.seconds);
const say = (line) => process.stdout.write(`${line}\n`);

const tmp = mkdtempSync(path.join(os.tmpdir(), "ishc-write-rate-"));
const mf = databaseOnly(path.join(tmp, "d1"), RATE_WORKER);
try {
  const db = await mf.getD1Database("DB");
  for (const { statements } of migrations()) await db.batch(statements.map((s) => db.prepare(s)));
  await db
    .prepare(
      "INSERT INTO org_units (id, kind, name, name_search, code, parent_id, path, created_at) VALUES ('org_00000000000000000000000001', 'club', 'CLB', 'clb', 'C1', NULL, '/org_00000000000000000000000001/', '2025-01-01T00:00:00Z')",
    )
    .run();
  const run = async (label, callers, statements, rows) => {
    const res = await mf.dispatchFetch("http://rate/", {
      method: "POST",
      body: JSON.stringify({ callers, statements, rows, seconds: SECONDS }),
    });
    if (res.status !== 200) throw new Error(await res.text());
    const { transactions, seconds } = await res.json();
    say(
      `${label}: ${Math.round(transactions / seconds)} transactions/s, ${Math.round((transactions * statements * rows) / seconds)} rows/s`,
    );
  };
  say(
    `${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
  );
  await run("one row a transaction, 1 caller", 1, 1, 1);
  await run("one row a transaction, 10 callers", 10, 1, 1);
  await run("400 rows a transaction (20 × 20), 1 caller", 1, 20, 20);
  say(`load average ${os.loadavg()[0].toFixed(1)} at the end`);
} finally {
  await mf.dispose();
  rmSync(tmp, { recursive: true, force: true });
}
