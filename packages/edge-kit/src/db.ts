import { newId } from "@ishc/domain";
import { auditLog } from "@ishc/domain/schema";
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Context } from "hono";
import type { ServiceEnv } from "./types";

export function database(c: Context<ServiceEnv>) {
  return drizzle(c.env.DB);
}
export type Database = ReturnType<typeof database>;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  orgUnitId?: string | null;
  detail?: unknown;
};

function auditRow(c: Context<ServiceEnv>, service: string, entry: AuditEntry) {
  return {
    id: newId("audit"),
    at: new Date().toISOString(),
    actorUserId: c.get("user")?.sub ?? null,
    service,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    orgUnitId: entry.orgUnitId ?? null,
    requestId: c.get("requestId") ?? null,
    detail: entry.detail ?? null,
  };
}

/** The audit row for a write: put it in the same `db.batch` as the write so both land or neither does. */
export function auditInsert(c: Context<ServiceEnv>, service: string, entry: AuditEntry) {
  return database(c)
    .insert(auditLog)
    .values(auditRow(c, service, entry));
}

/**
 * The audit row for a guarded write (`UPDATE … WHERE <guard>`): written only
 * if the statement just before it in the batch changed a row.
 */
export function auditIfChanged(c: Context<ServiceEnv>, service: string, entry: AuditEntry) {
  return insertWhere(database(c), auditLog, auditRow(c, service, entry), sql`changes() > 0`);
}

/**
 * `INSERT INTO t (<named columns>) SELECT <values> WHERE <condition>`: a row
 * written only if a condition holds when the statement runs, such as
 * `changes() > 0` after a guarded update in the same batch, or a `NOT EXISTS`
 * that a racing request may have made false. Columns are named, not positional.
 */
export function insertWhere<T extends SQLiteTable>(
  db: Database,
  table: T,
  row: Partial<T["$inferInsert"]>,
  condition: SQL,
) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const entries = Object.entries(row).filter(([, value]) => value !== undefined);
  const names = sql.join(
    entries.map(([key]) => sql.identifier(columns[key]!.name)),
    sql`, `,
  );
  // null is SQL NULL, as drizzle's own insert writes it (a JSON column would map it to the text "null").
  const values = sql.join(
    entries.map(([key, value]) => sql`${value === null ? null : columns[key]!.mapToDriverValue(value)}`),
    sql`, `,
  );
  return db.run(sql`INSERT INTO ${table} (${names}) SELECT ${values} WHERE ${condition}`);
}

/** D1 binds at most 100 parameters per statement. */
export const D1_MAX_BOUND_PARAMETERS = 100;

/** Splits rows for multi-row INSERTs so each statement stays within D1's parameter limit. */
export function chunkForInsert<T extends object>(rows: readonly T[]): T[][] {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.max(1, Math.floor(D1_MAX_BOUND_PARAMETERS / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
