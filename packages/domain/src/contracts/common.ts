import * as z from "zod";
import { factDateProblem, plannedDateProblem } from "../date-rules";
import { isIsoDate } from "../dates";
import { type IdKind, isId } from "../ids";
import { RULE_CODES } from "../rule-codes";
import { cleanText, type TextOptions, textProblem } from "../text";

/**
 * A calendar date, `YYYY-MM-DD`. Use it for every date a contract carries, in
 * requests and in responses alike: the OpenAPI document says `format: date`
 * only where a field is this schema (possibly optional or nullable). A plain
 * `z.string()` in a view, or a transform or pipe after it, drops the format.
 */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: "must be a real calendar date written YYYY-MM-DD" })
  .meta({ format: "date", example: "2025-05-31" });

export const idOf = (kind: IdKind) =>
  z.string().refine((value) => isId(value, kind), { message: `must be a ${kind} id` });

/**
 * Text an officer types: trimmed, NFC, never empty, and free of what no one
 * types on purpose (control and bidirectional control characters, nothing but
 * invisible characters): see `textProblem`. Single line unless `multiline`.
 */
export const requiredText = (max: number, options: TextOptions = {}) =>
  z
    .string()
    .transform((value) => cleanText(value, options))
    .pipe(
      z
        .string()
        .min(1, "must not be empty")
        .max(max, `must be at most ${max} characters`)
        .superRefine((value, ctx) => {
          const problem = value === "" ? null : textProblem(value, options);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
    );

export const optionalText = (max: number, options: TextOptions = {}) => requiredText(max, options).nullish();

/** The date of something that has happened: today in Vietnam or earlier. */
export const factDate = isoDate
  .refine((value) => factDateProblem(value) === null, {
    message: "must not be in the future",
    params: { rule: "in_future" },
  })
  .meta({ format: "date", description: "Today in Vietnam or earlier" });

/** The date a planned change takes effect: at most one year after today in Vietnam. */
export const plannedDate = isoDate
  .superRefine((value, ctx) => {
    const problem = plannedDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ format: "date", description: "At most one year after today in Vietnam" });

export const pageQuery = z.object({
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "Opaque cursor from the previous page's nextCursor" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof pageQuery>;

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as ?cursor= for the next page; null on the last" }),
    })
    .meta({ id: name });

export const fieldError = z.object({
  field: z.string().meta({ example: "birthDate" }),
  message: z.string(),
  code: z.string().optional().meta({ description: "zod's issue code, on a field that is not well formed" }),
  rule: z
    .enum(RULE_CODES)
    .optional()
    .meta({ description: "The service rule the field breaks: a stable code to say it in any language" }),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .meta({
      description: "The rule's values (dates YYYY-MM-DD, money in whole đồng)",
      example: { date: "2019-03-01" },
    }),
  row: z.number().int().optional().meta({ description: "Line in an uploaded file (header is line 1)" }),
});

/**
 * Every `code` a problem answer carries: the one error vocabulary of the
 * system. The edge kit maps each to its HTTP status and title.
 */
export const PROBLEM_CODES = [
  "MALFORMED_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "VALIDATION_FAILED",
  "TOO_MANY_REQUESTS",
  "INTERNAL",
] as const;
export const problemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof problemCode>;

/** RFC 9457 problem details, the one error body every service answers with. */
export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: problemCode,
    requestId: z.string().optional(),
    errors: z.array(fieldError).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problem>;
export type FieldError = z.infer<typeof fieldError>;

export const idParam = (kind: IdKind) => z.object({ id: idOf(kind) });

/** A count as shown to those who see aggregates only: exact from 5 upward, "<5" below (small-cells.ts). */
export const smallCellCount = z
  .union([z.number().int(), z.literal("<5")])
  .meta({ description: 'Exact from 5 upward; "<5" for fewer than 5 people (viewers only)' });

/** As `smallCellCount`, or null where withheld because the rest of its total is under 5. */
export const publishedCount = z.union([z.number().int(), z.literal("<5"), z.null()]).meta({
  description:
    'Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away)',
});
