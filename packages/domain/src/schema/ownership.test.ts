import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "./index";
import { SERVICES, TABLE_OWNERS } from "./ownership";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Table names by the identifier the schema exports them under (`clubRoles` → `club_roles`). */
const tablesByExport = new Map(
  Object.entries(schema)
    .filter(([, value]) => is(value, SQLiteTable))
    .map(([name, table]) => [name, getTableName(table as SQLiteTable)]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry) && !/\.test\.ts$/.test(entry) ? [full] : [];
  });
}

/** Every table a piece of source writes: drizzle's insert/update/delete builders and raw SQL. */
function tablesWritten(source: string): Set<string> {
  const written = new Set<string>();
  for (const [, identifier] of source.matchAll(/\.(?:insert|update|delete)\(\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
    const table = tablesByExport.get(identifier!);
    if (table) written.add(table);
  }
  // SQL keywords are written in capitals here; prose ("Update a person") is not SQL.
  for (const [, table] of source.matchAll(
    /\b(?:INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/g,
  )) {
    written.add(table!);
  }
  return written;
}

describe("table ownership", () => {
  it("gives every table of the schema exactly one owner, and names no table the schema lacks", () => {
    expect([...tablesByExport.values()].sort()).toEqual(Object.keys(TABLE_OWNERS).sort());
  });

  it("finds writes in drizzle and in raw SQL (the check can fail)", () => {
    const written = tablesWritten(
      'db.insert(clubRoles).values(x); db.update( people ).set(y); env.DB.prepare("DELETE FROM meetings WHERE id = ?")',
    );
    expect([...written].sort()).toEqual(["club_roles", "meetings", "people"]);
  });

  it.each(SERVICES)("lets the %s worker write only the tables it owns", (service) => {
    const dir = path.join(ROOT, "apps", service, "src");
    const offences = sourceFiles(dir).flatMap((file) =>
      [...tablesWritten(readFileSync(file, "utf8"))]
        .filter((table) => TABLE_OWNERS[table as keyof typeof TABLE_OWNERS] !== service)
        .map((table) => `${path.relative(ROOT, file)} writes ${table}`),
    );
    expect(offences).toEqual([]);
  });

  it("leaves the kit's tables to the kit", () => {
    const kitTables = Object.entries(TABLE_OWNERS)
      .filter(([, owner]) => owner === "kit")
      .map(([table]) => table);
    const writers = sourceFiles(path.join(ROOT, "packages/queries/src")).filter(
      (file) => [...tablesWritten(readFileSync(file, "utf8"))].length > 0,
    );
    expect(writers, "the shared query modules only read").toEqual([]);
    expect(kitTables).toContain("audit_log");
  });
});
