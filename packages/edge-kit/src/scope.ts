import { isWithin, subtreeUpperBound } from "@ishc/domain";
import type { AccessClaims } from "@ishc/domain/contracts";
import { orgUnits } from "@ishc/domain/schema";
import { and, gte, lt, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { HandlerContext, ReadItem, ReadResults } from "./context";
import { notFound } from "./errors";

/**
 * A user reads and writes only the subtree of the org unit they are bound to.
 * Anything outside answers 404, exactly as if it did not exist.
 */
export function assertInScope(user: AccessClaims, path: string | null | undefined, what: string): void {
  if (!path || !isWithin(path, user.path)) throw notFound(what);
}

/** The first row of a loader's result if its `path` lies in the caller's subtree; 404 otherwise. */
export function inScope<T extends { path: string | null }>(
  user: AccessClaims,
  rows: readonly T[],
  what: string,
): T {
  const [row] = rows;
  assertInScope(user, row?.path, what);
  return row!;
}

/**
 * `column` is a materialised org path inside a subtree (an index range scan).
 * Given a unit by id (`{ org }`: the caller's claims, or any unit) rather than
 * a path, the subtree is that unit's as the tree stands when the statement
 * runs, so a query can be built before the account check that tells where the
 * caller's unit stands now, and go in the same batch.
 */
export function withinSubtree(column: SQLiteColumn, root: string | { org: string }): SQL {
  if (typeof root === "string") return and(gte(column, root), lt(column, subtreeUpperBound(root)))!;
  const rootPath = sql`(SELECT ${orgUnits.path} FROM ${orgUnits} WHERE ${orgUnits.id} = ${root.org})`;
  return and(gte(column, rootPath), lt(column, sql`${rootPath} || '~'`))!;
}

type RowOf<R> = R extends readonly (infer T)[] ? T : never;

/** Loads one record through `query` (in the request's first batch if it is the first read) and checks its scope. */
export async function findInScope<Q extends ReadItem>(
  ctx: Pick<HandlerContext, "read" | "user">,
  query: Q,
  what: string,
): Promise<RowOf<ReadResults<[Q]>[0]>> {
  const [rows] = await ctx.read(query);
  const row = inScope(ctx.user, rows as { path: string | null }[], what);
  return row as RowOf<ReadResults<[Q]>[0]>;
}
