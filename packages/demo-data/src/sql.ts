import {
  attendance,
  auditLog,
  clubRoles,
  clubStatusHistory,
  clubs,
  healthChecks,
  meetings,
  memberships,
  orgUnits,
  orgUnitVersions,
  people,
  users,
} from "@ishc/domain/schema";
import { activitiesSqlStatements } from "./activities";
import { fundsSqlStatements } from "./funds";
import type { DemoProvince } from "./generate";

/** Rows per INSERT statement (keeps every statement well under D1's statement size limit). */
export const ROWS_PER_INSERT = 100;

type Row = object;

interface TableInsert {
  /** The SQL table name, as in the migration. */
  readonly name: string;
  /** The drizzle table: its own enumerable properties are its columns, keyed by property name. */
  readonly table: object;
  readonly rows: readonly Row[];
}

/** Tables in foreign-key order: every row's targets are inserted before it. */
export function tablesInInsertOrder(data: DemoProvince): TableInsert[] {
  return [
    { name: "org_units", table: orgUnits, rows: data.orgUnits },
    { name: "org_unit_versions", table: orgUnitVersions, rows: data.orgUnitVersions },
    { name: "clubs", table: clubs, rows: data.clubs },
    { name: "club_status_history", table: clubStatusHistory, rows: data.clubStatusHistory },
    { name: "people", table: people, rows: data.people },
    { name: "memberships", table: memberships, rows: data.memberships },
    { name: "club_roles", table: clubRoles, rows: data.clubRoles },
    { name: "meetings", table: meetings, rows: data.meetings },
    { name: "attendance", table: attendance, rows: data.attendance },
    { name: "health_checks", table: healthChecks, rows: data.healthChecks },
    { name: "users", table: users, rows: data.users },
    { name: "audit_log", table: auditLog, rows: data.auditLog },
  ];
}

/** `[propertyName, sqlColumnName]` for every column of a drizzle table, in declaration order. */
export function columnsOf(table: object): [string, string][] {
  const columns: [string, string][] = [];
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "object" && value !== null && "name" in value && "columnType" in value) {
      const { name } = value;
      if (typeof name === "string") columns.push([key, name]);
    }
  }
  return columns;
}

/** A SQL literal: strings quoted (single quotes doubled), NULL, booleans as 0/1, numbers as they are. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return sqlLiteral(JSON.stringify(value));
}

/** INSERT statements (no trailing semicolons) that load `data` into a freshly migrated database. */
export function toSqlStatements(data: DemoProvince): string[] {
  const statements: string[] = [];
  for (const { name, table, rows } of tablesInInsertOrder(data)) {
    if (rows.length === 0) continue;
    const columns = columnsOf(table);
    if (columns.length === 0) throw new Error(`no columns found for table ${name}`);
    const known = new Set(columns.map(([key]) => key));
    const head = `INSERT INTO ${quoteIdentifier(name)} (${columns.map(([, sqlName]) => quoteIdentifier(sqlName)).join(", ")}) VALUES`;
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const values = rows.slice(start, start + ROWS_PER_INSERT).map((row) => {
        const record = row as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (!known.has(key)) throw new Error(`${name} has no column for property ${key}`);
        }
        return `(${columns.map(([key]) => sqlLiteral(record[key])).join(", ")})`;
      });
      statements.push(`${head}\n${values.join(",\n")}`);
    }
  }
  return statements;
}

/** The statements as one script, each ended by `;` and a newline. */
export function toSqlScript(data: DemoProvince): string {
  const statements = [
    ...toSqlStatements(data),
    ...fundsSqlStatements(data),
    ...activitiesSqlStatements(data),
  ];
  return statements.length === 0 ? "" : `${statements.join(";\n")};\n`;
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL identifier: ${name}`);
  return `"${name}"`;
}
