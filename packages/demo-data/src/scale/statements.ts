/**
 * Rows as parameterised multi-row INSERTs: the SQL names the columns once and every value is a
 * bound parameter, as the services' drizzle statements bind theirs. A statement carries at most
 * D1's 100 bound parameters, so a table of `c` columns goes in statements of ⌊100 / c⌋ rows.
 */
import { columnsOf } from "../sql";

/** D1 refuses a statement with more bound parameters than this. */
export const D1_MAX_BOUND_PARAMETERS = 100;

export type BoundValue = string | number | null;

export interface BoundStatement {
  readonly sql: string;
  readonly params: readonly BoundValue[];
}

/** One table's rows, the drizzle table that names its columns, and its SQL name. */
export interface TableRows {
  readonly name: string;
  readonly table: object;
  readonly rows: readonly object[];
}

/** A value as drizzle binds it on D1: booleans as 0/1, JSON columns as text, absent as NULL. */
export function boundValue(value: unknown): BoundValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return value;
  }
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export function insertStatements({ name, table, rows }: TableRows): BoundStatement[] {
  if (rows.length === 0) return [];
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL identifier: ${name}`);
  const columns = columnsOf(table);
  if (columns.length === 0) throw new Error(`no columns found for table ${name}`);
  const known = new Set(columns.map(([key]) => key));
  const perStatement = Math.floor(D1_MAX_BOUND_PARAMETERS / columns.length);
  const head = `INSERT INTO "${name}" (${columns.map(([, sqlName]) => `"${sqlName}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statements: BoundStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const params: BoundValue[] = [];
    for (const row of slice) {
      const record = row as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!known.has(key)) throw new Error(`${name} has no column for property ${key}`);
      }
      for (const [key] of columns) params.push(boundValue(record[key]));
    }
    statements.push({ sql: head + Array.from(slice, () => tuple).join(", "), params });
  }
  return statements;
}
