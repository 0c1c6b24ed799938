import type { FixedRead } from "@ishc/edge-kit";
import { Column, fillPlaceholders, is, type Placeholder, SQL, Subquery, sql } from "drizzle-orm";
import { QueryBuilder, type SelectedFields } from "drizzle-orm/sqlite-core";
import * as orm from "drizzle-orm/utils";

type Decoder = { mapFromDriverValue(value: unknown): unknown };
type OrderedColumn = { path: string[]; field: unknown };
/** The selection's columns in the order drizzle selects them: exported by drizzle-orm, left out of its types. */
const { orderSelectedFields } = orm as unknown as {
  orderSelectedFields(fields: SelectedFields): OrderedColumn[];
};

/** An SQL expression's decoder: drizzle keeps it out of SQL's public type. */
const decoderOfSql = (expression: SQL) => (expression as unknown as { decoder: Decoder }).decoder;

/** How a selected column's value is read (as drizzle's `mapResultRow`), or null where it is kept as stored. */
function decoderOf(field: unknown): Decoder | null {
  if (is(field, Column)) {
    return field.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : field;
  }
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, SQL.Aliased)) return decoderOfSql(field.sql);
  if (is(field, Subquery)) return decoderOfSql(field._.sql as SQL);
  throw new Error("fixedSelect: a selected field drizzle cannot map");
}

/** A result object's shape: each key a column (its place in the row and how it is read) or a nested object. */
type Shape = { key: string; index: number; decoder: Decoder | null; nested: Shape | null }[];

function shapeOf(
  columns: readonly { path: string[]; decoder: Decoder | null; index: number }[],
  depth = 0,
): Shape {
  const shape: Shape = [];
  for (const column of columns) {
    const key = column.path[depth]!;
    if (column.path.length === depth + 1) {
      shape.push({ key, index: column.index, decoder: column.decoder, nested: null });
    } else if (!shape.some((s) => s.key === key)) {
      const inside = columns.filter((c) => c.path[depth] === key && c.path.length > depth + 1);
      shape.push({ key, index: -1, decoder: null, nested: shapeOf(inside, depth + 1) });
    }
  }
  return shape;
}

function fill(shape: Shape, values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, index, decoder, nested } of shape) {
    if (nested) {
      out[key] = fill(nested, values);
      continue;
    }
    const value = values[index];
    out[key] = value === null || decoder === null ? value : decoder.mapFromDriverValue(value);
  }
  return out;
}

/**
 * Rows into drizzle's result objects, nested as the selection is, with the
 * lookups `mapResultRow` makes per row done once. Inner joins only: a left
 * join's all-null table, which drizzle turns into null, is not handled.
 */
function rowMapper(fields: SelectedFields, joinsNotNullableMap: Record<string, boolean>) {
  if (Object.values(joinsNotNullableMap).includes(false)) {
    throw new Error("fixedSelect: inner joins only");
  }
  const columns = orderSelectedFields(fields).map(({ path, field }, index) => ({
    path,
    index,
    decoder: decoderOf(field),
  }));
  const shape = shapeOf(columns);
  return (row: Record<string, unknown>) => fill(shape, Object.values(row));
}

type Select = { _: { result: unknown }; toSQL(): { sql: string; params: unknown[] } };
type Built = { sql: string; params: unknown[]; map: (rows: Record<string, unknown>[]) => unknown };

/** What drizzle keeps inside a select and needs to map its rows: the selection and which joins may be null. */
type SelectInternals = {
  config: { fields: SelectedFields };
  joinsNotNullableMap: Record<string, boolean>;
};

function build(select: Select): Built {
  const { sql: text, params } = select.toSQL();
  const { config, joinsNotNullableMap } = select as unknown as SelectInternals;
  const mapRow = rowMapper(config.fields, joinsNotNullableMap);
  return {
    // Wrapped so SQLite names the columns uniquely (`id`, `id:1`) in their order, as `runBatch` does.
    sql: `SELECT * FROM (${text})`,
    params,
    map: (rows) => rows.map(mapRow),
  };
}

/**
 * A select whose SQL is built once, on first use, with a placeholder for each
 * of `names`; each call binds values and gives a read for `ctx.read`, with the
 * rows mapped as drizzle maps them. For the reads every request makes, where
 * building the query anew would cost more than running it.
 *
 *   const personRow = fixedSelect(["id"], (qb, p) => qb.select(…).from(people).where(eq(people.id, p.id)));
 *   const [rows] = await ctx.read(personRow({ id }));
 */
export function fixedSelect<const N extends string, S extends Select>(
  names: readonly N[],
  select: (qb: QueryBuilder, placeholders: Record<N, Placeholder<N>>) => S,
): (values: Record<N, string | number>) => FixedRead<S["_"]["result"]> {
  let built: Built | undefined;
  return (values) => {
    built ??= build(
      select(new QueryBuilder(), Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as never),
    );
    return {
      sql: built.sql,
      params: fillPlaceholders(built.params, values),
      map: built.map as FixedRead<S["_"]["result"]>["map"],
    };
  };
}

/**
 * A unit for `withinSubtree(column, unit)` whose id is a placeholder: the
 * subtree is looked up by id when the statement runs, so it goes into SQL
 * built once like any other value.
 */
export const unitOf = (org: Placeholder) => ({ org }) as unknown as { org: string };
