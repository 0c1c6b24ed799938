import type { AccessClaims } from "@ishc/domain/contracts";
import { orgUnits, users } from "@ishc/domain/schema";
import { eq } from "drizzle-orm";
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { Context } from "hono";
import { type AuditEntry, auditIfChanged, auditInsert, type Database, database } from "./db";
import { AppError } from "./errors";
import {
  type IdempotentRequest,
  isKeyTaken,
  Replay,
  type StoredAnswer,
  storeAnswer,
  storedAnswerQuery,
} from "./idempotency";
import type { ServiceBindings, ServiceEnv } from "./types";

type Statement = BatchItem<"sqlite">;
type Statements = readonly [Statement, ...Statement[]];

/**
 * What a handler works with. `read` and `write` put the account check (is the
 * token's account still there, enabled, with the same role and unit, and where
 * does its unit stand in the tree now) in front of the handler's first batch,
 * so a request that reads once costs one D1 round trip.
 */
export type HandlerContext = {
  /** The raw Hono context, for headers and bindings the kit does not cover. */
  c: Context<ServiceEnv>;
  env: ServiceBindings;
  /** The caller; its `path` is the unit's current place in the tree once `read` or `write` has run. */
  user: AccessClaims;
  db: Database;
  /** Runs queries in one D1 batch (one round trip) and returns their results in order. */
  read<T extends readonly Statement[]>(...queries: T): Promise<BatchResponse<T>>;
  /** Runs statements as one D1 batch: one transaction, all or nothing. */
  write<T extends Statements>(statements: T): Promise<BatchResponse<T>>;
  /** A write whose statements are built at run time (possibly none). */
  writeAll(statements: Statement[]): Promise<unknown[]>;
  /**
   * The write of a retry-safe route (`idempotent: true`): the statements and
   * the answer, stored under the request's `Idempotency-Key` in the same batch.
   * Returns the answer, or the stored one when a racing retry got there first.
   */
  commit<A>(statements: readonly Statement[], answer: A): Promise<A>;
  /** The audit row of a write, for the same batch. */
  audit(entry: AuditEntry): Statement;
  /** The audit row of a guarded write: inserted only if the statement before it changed a row. */
  auditIfChanged(entry: AuditEntry): Statement;
};

type PreparedForBatch = {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch: boolean): unknown;
};

/**
 * `db.batch`, safe for joins. In a batch D1 answers rows as objects keyed by
 * column name, so two columns of one name (`people.id`, `memberships.id`)
 * collapse and drizzle maps the rest into the wrong fields. Wrapped as
 * `SELECT * FROM (…)`, SQLite names the columns uniquely (`id`, `id:1`) in
 * their order, which is all drizzle's positional mapping needs.
 */
export async function runBatch(d1: D1Database, statements: readonly Statement[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  const prepared = statements.map((s) => (s as unknown as { _prepare(): PreparedForBatch })._prepare());
  const bound = prepared.map((p) => {
    const { sql, params } = p.getQuery();
    return d1.prepare(/^\s*select\b/i.test(sql) ? `SELECT * FROM (${sql})` : sql).bind(...params);
  });
  const results = await d1.batch(bound);
  return results.map((result, i) => prepared[i]!.mapResult(result, true));
}

type AccountRow = { role: string; orgUnitId: string; disabledAt: string | null; path: string };

function accountQuery(db: Database, userId: string) {
  return db
    .select({
      role: users.role,
      orgUnitId: users.orgUnitId,
      disabledAt: users.disabledAt,
      path: orgUnits.path,
    })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.id, userId))
    .limit(1);
}

/**
 * A token is honoured only while its account exists, is enabled, and still has
 * the role and unit the token names; scope follows the unit's current path.
 */
export function currentPathOf(claims: AccessClaims, account: AccountRow | undefined): string {
  if (!account || account.disabledAt !== null) {
    throw new AppError("UNAUTHENTICATED", "The account is disabled or no longer exists");
  }
  if (account.role !== claims.role || account.orgUnitId !== claims.org) {
    throw new AppError("UNAUTHENTICATED", "The account's role or unit changed; sign in again");
  }
  return account.path;
}

export function createHandlerContext(
  c: Context<ServiceEnv>,
  service: string,
  retrySafe?: { request: IdempotentRequest; status: number; shape: (answer: unknown) => unknown },
) {
  const db = database(c);
  const claims: AccessClaims | undefined = c.get("user");
  let verified = claims === undefined;

  // In place: handlers that destructured `user` before their first read see the current path too.
  const accept = (rows: AccountRow[]) => {
    claims!.path = currentPathOf(claims!, rows[0]);
    verified = true;
  };

  /** The first batch also checks the account and, for a retry-safe route, looks for a stored answer. */
  async function runRead(statements: readonly Statement[]): Promise<unknown[]> {
    if (verified) return runBatch(c.env.DB, statements);
    const checks = retrySafe
      ? [accountQuery(db, claims!.sub), storedAnswerQuery(db, retrySafe.request)]
      : [accountQuery(db, claims!.sub)];
    const results = await runBatch(c.env.DB, [...checks, ...statements]);
    accept(results[0] as AccountRow[]);
    const [stored] = retrySafe ? (results[1] as StoredAnswer[]) : [];
    if (stored) throw new Replay(stored);
    return results.slice(checks.length);
  }

  /** Writes never run before the account is known to be good: a disabled account writes nothing. */
  async function runWrite(statements: readonly Statement[]): Promise<unknown[]> {
    if (!verified) await runRead([]);
    return runBatch(c.env.DB, statements);
  }

  async function commit<A>(statements: readonly Statement[], answer: A): Promise<A> {
    if (!retrySafe) {
      await runWrite(statements);
      return answer;
    }
    try {
      const stored = storeAnswer(db, retrySafe.request, retrySafe.status, retrySafe.shape(answer));
      await runWrite([...statements, stored]);
      return answer;
    } catch (error) {
      if (!isKeyTaken(error)) throw error;
      const [stored] = await storedAnswerQuery(db, retrySafe.request);
      if (!stored) throw error;
      throw new Replay(stored);
    }
  }

  const refuseUnkeyed = (statements: readonly Statement[]) => {
    if (retrySafe) throw new Error("a retry-safe route writes through commit(statements, answer)");
    return runWrite(statements);
  };

  const ctx: HandlerContext = {
    c,
    env: c.env,
    get user() {
      const user = c.get("user");
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first");
      return user;
    },
    db,
    read: (...queries) => runRead(queries) as never,
    write: (statements) => refuseUnkeyed(statements) as never,
    writeAll: (statements) => refuseUnkeyed(statements),
    commit,
    audit: (entry) => auditInsert(c, service, entry),
    auditIfChanged: (entry) => auditIfChanged(c, service, entry),
  };
  /** For routes that touched no table: the account is still checked before the answer goes out. */
  const ensureVerified = async () => {
    if (!verified) await runRead([]);
  };
  return { ctx, ensureVerified };
}
