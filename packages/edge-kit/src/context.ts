import type { AccessClaims } from "@ishc/domain/contracts";
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
 * A read whose SQL was built once (`fixedSelect` in @ishc/queries), so a
 * request only binds values. `sql` names its columns uniquely, since D1
 * answers a batch's rows as objects keyed by column name; `map` turns those
 * rows into the result.
 */
export type FixedRead<R> = {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly map: (rows: Record<string, unknown>[]) => R;
};

/** What `read` takes: drizzle queries and fixed reads, in any mix. */
export type ReadItem = Statement | FixedRead<unknown>;

/** The results of `read`'s items, in order. */
export type ReadResults<T extends readonly ReadItem[]> = {
  [K in keyof T]: T[K] extends Statement ? T[K]["_"]["result"] : T[K] extends FixedRead<infer R> ? R : never;
};

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
  read<T extends readonly ReadItem[]>(...queries: T): Promise<ReadResults<T>>;
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

/** A statement bound for a D1 batch, with how to read its result. */
type BoundRead = { statement: D1PreparedStatement; map(result: D1Result): unknown };

const isFixedRead = (item: ReadItem): item is FixedRead<unknown> =>
  typeof (item as Partial<FixedRead<unknown>>).sql === "string";

function bindForBatch(d1: D1Database, item: ReadItem): BoundRead {
  if (isFixedRead(item)) {
    return {
      statement: d1.prepare(item.sql).bind(...item.params),
      map: (result) => item.map(result.results as Record<string, unknown>[]),
    };
  }
  const statement = item;
  const prepared = (statement as unknown as { _prepare(): PreparedForBatch })._prepare();
  const { sql, params } = prepared.getQuery();
  return {
    statement: d1.prepare(/^\s*select\b/i.test(sql) ? `SELECT * FROM (${sql})` : sql).bind(...params),
    map: (result) => prepared.mapResult(result, true),
  };
}

async function runBound(d1: D1Database, reads: readonly BoundRead[]): Promise<unknown[]> {
  if (reads.length === 0) return [];
  const results = await d1.batch(reads.map((r) => r.statement));
  return results.map((result, i) => reads[i]!.map(result));
}

/**
 * `db.batch`, safe for joins. In a batch D1 answers rows as objects keyed by
 * column name, so two columns of one name (`people.id`, `memberships.id`)
 * collapse and drizzle maps the rest into the wrong fields. Wrapped as
 * `SELECT * FROM (…)`, SQLite names the columns uniquely (`id`, `id:1`) in
 * their order, which is all drizzle's positional mapping needs.
 */
export async function runBatch(d1: D1Database, statements: readonly ReadItem[]): Promise<unknown[]> {
  return runBound(
    d1,
    statements.map((s) => bindForBatch(d1, s)),
  );
}

type AccountRow = { role: string; orgUnitId: string; disabledAt: string | null; path: string };
type AccountAndAnswer = AccountRow & Partial<StoredAnswer>;

// Written out once rather than built by drizzle on every request: it runs in front of every read.
const ACCOUNT_SQL = `SELECT u.role AS role, u.org_unit_id AS orgUnitId, u.disabled_at AS disabledAt, o.path AS path
  FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?1 LIMIT 1`;
// The same, with the answer stored under the request's Idempotency-Key (if any) beside it.
const ACCOUNT_AND_ANSWER_SQL = `SELECT u.role AS role, u.org_unit_id AS orgUnitId, u.disabled_at AS disabledAt, o.path AS path,
  k.request_hash AS requestHash, k.response_status AS responseStatus, k.response_body AS responseBody
  FROM users u JOIN org_units o ON o.id = u.org_unit_id
  LEFT JOIN idempotency_keys k ON k.user_id = u.id AND k.key = ?2
  WHERE u.id = ?1 LIMIT 1`;

function accountCheck(d1: D1Database, userId: string, idempotencyKey?: string): BoundRead {
  const statement =
    idempotencyKey === undefined
      ? d1.prepare(ACCOUNT_SQL).bind(userId)
      : d1.prepare(ACCOUNT_AND_ANSWER_SQL).bind(userId, idempotencyKey);
  return { statement, map: (result) => result.results as AccountAndAnswer[] };
}

function storedAnswerOf(row: AccountAndAnswer | undefined): StoredAnswer | undefined {
  if (row?.requestHash == null) return undefined;
  return {
    requestHash: row.requestHash,
    responseStatus: row.responseStatus as number,
    responseBody: row.responseBody as string,
  };
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
  const accept = (row: AccountRow | undefined) => {
    claims!.path = currentPathOf(claims!, row);
    verified = true;
  };

  /**
   * The first batch also checks the account and, for a retry-safe route, looks
   * for a stored answer, both in one statement in front of the handler's own.
   */
  async function runRead(statements: readonly ReadItem[]): Promise<unknown[]> {
    if (verified) return runBatch(c.env.DB, statements);
    const d1 = c.env.DB;
    const check = accountCheck(d1, claims!.sub, retrySafe?.request.key);
    const [account, ...results] = await runBound(d1, [check, ...statements.map((s) => bindForBatch(d1, s))]);
    const [row] = account as AccountAndAnswer[];
    accept(row);
    const stored = retrySafe ? storedAnswerOf(row) : undefined;
    if (stored) throw new Replay(stored);
    return results;
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
