import { isRuleCode, type RuleCode, type RuleParamsArg } from "@ishc/domain";
import type { FieldError, Problem, ProblemCode } from "@ishc/domain/contracts";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";
import { logEvent } from "./logging";

/**
 * The one error vocabulary of the system (`PROBLEM_CODES` in the domain
 * contracts): each code has one HTTP status and one title.
 */
export const ERROR_CODES = {
  MALFORMED_REQUEST: { status: 400, title: "The request could not be read" },
  UNAUTHENTICATED: { status: 401, title: "Sign in first" },
  FORBIDDEN: { status: 403, title: "Your role may not do this" },
  NOT_FOUND: { status: 404, title: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, title: "This path does not take that method" },
  CONFLICT: { status: 409, title: "This conflicts with what is already recorded" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "The request body is too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Send the body in a supported format" },
  VALIDATION_FAILED: { status: 422, title: "Some fields are not valid" },
  TOO_MANY_REQUESTS: { status: 429, title: "Too many attempts; wait and try again" },
  INTERNAL: { status: 500, title: "Something went wrong on our side" },
} as const satisfies Record<ProblemCode, { status: ContentfulStatusCode; title: string }>;

export type ErrorCode = ProblemCode;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = "AppError";
  }
}

export const notFound = (what: string) =>
  new AppError("NOT_FOUND", `No ${what} with that id is visible to you`);
export const conflict = (detail: string, errors?: FieldError[]) => new AppError("CONFLICT", detail, errors);
export const invalid = (errors: FieldError[], detail = "Fix the fields listed in errors and send again") =>
  new AppError("VALIDATION_FAILED", detail, errors);

/**
 * A field that breaks one of the services' rules: the English `message` for developers, the
 * stable `rule` code and its `params` (RULES in the domain) for clients to say it in any language.
 */
export function ruleError<R extends RuleCode>(
  field: string,
  message: string,
  rule: R,
  ...params: RuleParamsArg<R>
): FieldError {
  const [values] = params;
  return { field, message, rule, ...(values === undefined ? {} : { params: values }) };
}

/** 422 for one field breaking a rule, e.g. `invalidField("heldOn", "…", "before_founding", { date })`. */
export const invalidField = <R extends RuleCode>(
  field: string,
  message: string,
  rule: R,
  ...params: RuleParamsArg<R>
) => invalid([ruleError(field, message, rule, ...params)]);

const problemType = (code: ErrorCode) => `urn:ishc:problem:${code.toLowerCase().replaceAll("_", "-")}`;

export function problemBody(
  code: ErrorCode,
  init: { detail?: string; errors?: FieldError[]; instance?: string; requestId?: string },
): Problem {
  const { status, title } = ERROR_CODES[code];
  return {
    type: problemType(code),
    title,
    status,
    code,
    ...(init.detail === undefined ? {} : { detail: init.detail }),
    ...(init.instance === undefined ? {} : { instance: init.instance }),
    ...(init.requestId === undefined ? {} : { requestId: init.requestId }),
    ...(init.errors?.length ? { errors: init.errors } : {}),
  };
}

export function problemResponse(
  c: Context,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(code, {
    detail,
    errors,
    instance: new URL(c.req.url).pathname,
    requestId: c.get("requestId") as string | undefined,
  });
  return c.body(JSON.stringify(body), ERROR_CODES[code].status, {
    ...headers,
    "content-type": "application/problem+json; charset=utf-8",
  });
}

/** zod issues → `{ field, message }`, one per field, with unknown keys listed by name. */
export function fieldErrorsOf(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path].map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({ field: [...path, key].join("."), message: "is not a known field", code: issue.code });
      }
      continue;
    }
    errors.push({
      field: path.join(".") || "body",
      message: messageOf(issue),
      code: issue.code,
      ...ruleOf(issue),
    });
  }
  return errors;
}

/** A refinement that is one of the services' rules names it in its params: `{ params: { rule } }`. */
function ruleOf(issue: z.core.$ZodIssue): { rule?: RuleCode } {
  const rule = issue.code === "custom" ? issue.params?.rule : undefined;
  return isRuleCode(rule) ? { rule } : {};
}

/**
 * zod 4 keeps an issue's input only when parsing asked for it (`reportInput`); otherwise its own
 * message says what it received. A field sent with the wrong type is not "required".
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return "input" in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && isMissing(issue)) return "is required";
  if (issue.code === "invalid_union") return "does not match any accepted shape";
  return issue.message;
}

const CONSTRAINT_MESSAGES: [RegExp, string][] = [
  [/UNIQUE constraint failed/i, "A record with the same identifying values already exists"],
  [/FOREIGN KEY constraint failed/i, "It refers to a record that does not exist"],
  [/CHECK constraint failed/i, "The values break a rule of the record (for example an end before a start)"],
];

/** The error handler every worker installs: problem+json always, never a stack or SQL text. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) return problemResponse(c, error.code, error.detail, error.errors);
  if (error instanceof z.ZodError)
    return problemResponse(c, "VALIDATION_FAILED", undefined, fieldErrorsOf(error));
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413)
      return problemResponse(c, "PAYLOAD_TOO_LARGE", "The body is larger than this endpoint accepts");
    if (status === 401) return problemResponse(c, "UNAUTHENTICATED", error.message);
    if (status === 415)
      return problemResponse(c, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
    if (status < 500) return problemResponse(c, "MALFORMED_REQUEST", error.message);
  }
  const constraint = CONSTRAINT_MESSAGES.find(([pattern]) => pattern.test(error.message));
  if (constraint) {
    logEvent("warn", "constraint refused a write", { requestId: c.get("requestId"), error: error.message });
    return problemResponse(c, "CONFLICT", constraint[1]);
  }
  logEvent("error", "unhandled error", {
    requestId: c.get("requestId"),
    path: new URL(c.req.url).pathname,
    error: error.message,
    stack: error.stack,
  });
  return problemResponse(c, "INTERNAL", "The error has been logged; quote the requestId when you report it");
}
