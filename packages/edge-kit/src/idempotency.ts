import { idempotencyKeys } from "@ishc/domain/schema";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Database } from "./db";
import { AppError } from "./errors";

/**
 * Retry-safe writes. A phone on a weak connection sends a money-moving POST
 * with an `Idempotency-Key`; the key, a hash of the request and the answer are
 * written in the same D1 batch as the write. The same key again:
 * - with the same request: the first answer again, nothing written twice;
 * - with another request: 422;
 * - racing the first (both passed the look-up): the key's primary key refuses
 *   the second batch whole, and it answers as a retry would.
 */
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

export type IdempotentRequest = { key: string; userId: string; service: string; requestHash: string };

export type StoredAnswer = { requestHash: string; responseStatus: number; responseBody: string };

export function readIdempotencyKey(c: Context): string {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined || key === "") {
    throw new AppError("MALFORMED_REQUEST", `This write moves money: send an ${IDEMPOTENCY_HEADER} header`, [
      { field: IDEMPOTENCY_HEADER, message: "is required: a unique value per operation, reused on retries" },
    ]);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("MALFORMED_REQUEST", `The ${IDEMPOTENCY_HEADER} header is not usable`, [
      { field: IDEMPOTENCY_HEADER, message: "must be 8 to 200 visible ASCII characters (a UUID is ideal)" },
    ]);
  }
  return key;
}

/** JSON with object keys sorted, so a client that re-serialises the same body hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, inner]) => `${JSON.stringify(k)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export async function requestHash(method: string, path: string, body: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(`${method} ${path}\n${canonicalJson(body ?? null)}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const storedAnswerQuery = (db: Database, request: IdempotentRequest) =>
  db
    .select({
      requestHash: idempotencyKeys.requestHash,
      responseStatus: idempotencyKeys.responseStatus,
      responseBody: idempotencyKeys.responseBody,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, request.userId), eq(idempotencyKeys.key, request.key)))
    .limit(1);

export const storeAnswer = (db: Database, request: IdempotentRequest, status: number, answer: unknown) =>
  db.insert(idempotencyKeys).values({
    userId: request.userId,
    key: request.key,
    service: request.service,
    requestHash: request.requestHash,
    responseStatus: status,
    responseBody: JSON.stringify(answer),
    createdAt: new Date().toISOString(),
  });

/** Thrown when a stored answer exists for the key: the route answers with it instead of running again. */
export class Replay extends Error {
  constructor(readonly stored: StoredAnswer) {
    super("idempotent replay");
  }
}

export function isKeyTaken(error: unknown): boolean {
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : "";
  return /UNIQUE constraint failed: idempotency_keys/i.test(message);
}

/** The stored answer, or 422 when the key was used for a different request. */
export function replayResponse(c: Context, request: IdempotentRequest, stored: StoredAnswer): Response {
  if (stored.requestHash !== request.requestHash) {
    throw new AppError("VALIDATION_FAILED", `This ${IDEMPOTENCY_HEADER} was used for a different request`, [
      { field: IDEMPOTENCY_HEADER, message: "was already used with another body or path; use a new key" },
    ]);
  }
  c.header("Idempotent-Replayed", "true");
  return c.body(stored.responseBody, stored.responseStatus as 200, {
    "content-type": "application/json; charset=utf-8",
  });
}
