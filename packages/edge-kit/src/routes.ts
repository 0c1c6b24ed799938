import { problem } from "@ishc/domain/contracts";
import type { z } from "zod";

/**
 * Pieces every route definition is built from, so each `*.routes.ts` states
 * only what is its own: request schemas, the success body, tags.
 */
const problemContent = { "application/problem+json": { schema: problem } };

export const problemResponses = {
  400: { description: "The body is not valid JSON or the request is malformed", content: problemContent },
  401: { description: "No valid access token", content: problemContent },
  403: { description: "The caller's role may not do this", content: problemContent },
  404: { description: "Not found, or outside the caller's org subtree", content: problemContent },
  409: { description: "Conflicts with what is already recorded", content: problemContent },
  413: { description: "The body is too large", content: problemContent },
  422: { description: "Fields are invalid; `errors` lists each one", content: problemContent },
} as const;

export const bearerAuth = [{ bearerAuth: [] }];

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
