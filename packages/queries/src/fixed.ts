import type { FixedRead } from "@ishc/edge-kit";
import { fillPlaceholders, type Placeholder, sql } from "drizzle-orm";
import { QueryBuilder, type SelectedFields } from "drizzle-orm/sqlite-core";
import * as orm from "drizzle-orm/utils";

type OrderedColumns = { __ordered: true };
/** How drizzle maps a select's rows: exported by drizzle-orm, left out of its types. */
const { orderSelectedFields, mapResultRow } = orm as unknown as {
  orderSelectedFields(fields: SelectedFields): OrderedColumns;
  mapResultRow(
    columns: OrderedColumns,
    row: unknown[],
    joinsNotNullableMap: Record<string, boolean>,
  ): unknown;
};

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
  const columns = orderSelectedFields(config.fields);
  return {
    // Wrapped so SQLite names the columns uniquely (`id`, `id:1`) in their order, as `runBatch` does.
    sql: `SELECT * FROM (${text})`,
    params,
    map: (rows) => rows.map((row) => mapResultRow(columns, Object.values(row), joinsNotNullableMap)),
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
