import * as z from "zod";
import { AppError } from "./errors";
import { createRouter, defineRoute, type RouteSpec, routePathMatches } from "./routes";

/**
 * Offline batches. A phone that was offline sends the writes it queued, in
 * order, each with the `Idempotency-Key` it was given when it was queued.
 * Each is run as its own request through the service's own routes (the same
 * validation, scope, guards and idempotency), applied or refused on its own;
 * the answer lists every result, so resending the whole batch is safe.
 */
export const MAX_SYNC_OPERATIONS = 100;

const syncOperation = z.strictObject({
  idempotencyKey: z.string().min(8).max(200).meta({ example: "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e" }),
  method: z.literal("post"),
  path: z
    .string()
    .min(2)
    .max(300)
    .regex(/^\/[\w\-/]+$/, "must be a path of this service, such as /loans/{id}/repayments")
    .meta({ description: "The write's path after the service prefix" }),
  body: z.unknown().meta({ description: "The write's JSON body, as it would be sent on its own" }),
});

const syncResult = z.object({
  idempotencyKey: z.string(),
  status: z.number().int(),
  replayed: z.boolean().meta({ description: "true when an earlier send already applied this operation" }),
  body: z.unknown().meta({ description: "The answer the write gave: its result, or a problem+json" }),
});

export const syncRequest = z
  .strictObject({ operations: z.array(syncOperation).min(1).max(MAX_SYNC_OPERATIONS) })
  .meta({ id: "SyncRequest" });

export const syncResponse = z
  .object({
    applied: z.number().int().meta({ description: "Operations that succeeded (including replays)" }),
    refused: z.number().int(),
    results: z.array(syncResult),
  })
  .meta({ id: "SyncResponse" });

export const syncRoute = defineRoute({
  method: "post",
  path: "/sync",
  operationId: "syncQueuedWrites",
  summary: "Send the writes a device queued while offline",
  description:
    "Each operation is one of this service's retry-safe writes with its own Idempotency-Key, applied in order and on its own: a refused operation does not stop the rest. Sending the same batch again applies nothing twice.",
  tags: ["sync"],
  body: syncRequest,
  response: syncResponse,
  examples: {
    request: {
      operations: [
        {
          idempotencyKey: "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e",
          method: "post",
          path: "/loans/lon_01JZ3V6Q2W8X9Y0Z1A2B3C4D5E/repayments",
          body: { amount: 520000, paidOn: "2025-05-31" },
        },
      ],
    },
    response: {
      applied: 1,
      refused: 0,
      results: [
        {
          idempotencyKey: "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e",
          status: 201,
          replayed: false,
          body: { id: "jen_01JZ3V6Q2W8X9Y0Z1A2B3C4D5F" },
        },
      ],
    },
  },
});

/** The retry-safe write an operation names, by matching its path against the service's routes. */
export function syncTarget(path: string, specs: readonly RouteSpec[]): RouteSpec | undefined {
  return specs.find((spec) => spec.idempotent && spec.method === "post" && routePathMatches(spec.path, path));
}

export type SyncOperation = z.infer<typeof syncOperation>;

/** Runs the operations one after another through `dispatch` (the service's own fetch). */
export async function runSync(
  operations: readonly SyncOperation[],
  specs: readonly RouteSpec[],
  dispatch: (operation: SyncOperation) => Promise<Response>,
) {
  const unknown = operations.flatMap((op, i) =>
    syncTarget(op.path, specs)
      ? []
      : [{ field: `operations.${i}.path`, message: "is not a retry-safe write of this service" }],
  );
  if (unknown.length > 0)
    throw new AppError("VALIDATION_FAILED", "Some operations cannot be synced", unknown);
  const results: z.infer<typeof syncResult>[] = [];
  for (const operation of operations) {
    const response = await dispatch(operation);
    const text = await response.text();
    results.push({
      idempotencyKey: operation.idempotencyKey,
      status: response.status,
      replayed: response.headers.get("idempotent-replayed") === "true",
      body: text ? (JSON.parse(text) as unknown) : null,
    });
  }
  const applied = results.filter((r) => r.status < 400).length;
  return { applied, refused: results.length - applied, results };
}

type Fetchable = {
  fetch(request: Request, env: unknown, executionCtx?: ExecutionContext): Response | Promise<Response>;
};

/** `POST /sync` for a service whose routes include retry-safe writes; each operation goes through `app`. */
export function syncRouter(base: string, specs: readonly RouteSpec[], app: () => Fetchable) {
  return createRouter().add(syncRoute, ({ c }, { body }) => {
    let executionCtx: ExecutionContext<unknown> | undefined;
    try {
      executionCtx = c.executionCtx as ExecutionContext<unknown>;
    } catch {
      executionCtx = undefined; // not every caller (tests, scripts) runs the worker with one
    }
    return runSync(body.operations, specs, (operation) =>
      Promise.resolve(
        app().fetch(
          new Request(new URL(`${base}${operation.path}`, c.req.url), {
            method: "POST",
            headers: {
              authorization: c.req.header("authorization") ?? "",
              "content-type": "application/json",
              "idempotency-key": operation.idempotencyKey,
            },
            body: JSON.stringify(operation.body ?? null),
          }),
          c.env,
          executionCtx,
        ),
      ),
    );
  });
}
