import { isWithin, subtreeUpperBound } from "@ishc/domain";
import type { AccessClaims } from "@ishc/domain/contracts";
import { and, gte, lt, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { notFound } from "./errors";

/**
 * A user reads and writes only the subtree of the org unit they are bound to.
 * Anything outside answers 404, exactly as if it did not exist.
 */
export function assertInScope(user: AccessClaims, path: string | null | undefined, what: string): void {
  if (!path || !isWithin(path, user.path)) throw notFound(what);
}

/** `column` is a materialised org path inside the user's subtree (an index range scan). */
export function withinSubtree(column: SQLiteColumn, path: string): SQL {
  return and(gte(column, path), lt(column, subtreeUpperBound(path)))!;
}
