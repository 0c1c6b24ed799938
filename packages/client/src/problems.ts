/**
 * Problem details (RFC 9457) as every service answers them, and how a form shows them: each
 * field error under the field it names, each uploaded row's errors beside that row.
 */

/**
 * One field error: `field` names the input (`birthDate`, `body.amount`), `row` a line of an upload;
 * `rule` the service rule it breaks (RULES in @ishc/domain) with its `params`, `code` zod's issue code.
 */
export type FieldError = {
  field: string;
  message: string;
  code?: string;
  rule?: string;
  params?: Record<string, string | number>;
  row?: number;
};

/** The one error body of the system (`problem` in @ishc/domain/contracts). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The body as a problem, or null when it is not one. */
export function asProblem(body: unknown): Problem | null {
  if (!isRecord(body)) return null;
  const { type, title, status, code } = body;
  if (typeof type !== "string" || typeof title !== "string") return null;
  if (typeof status !== "number" || typeof code !== "string") return null;
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldError => isRecord(e) && typeof e.field === "string" && typeof e.message === "string",
      )
    : undefined;
  return { ...(body as Problem), ...(errors ? { errors } : {}) };
}

/**
 * The form field an error belongs to: the last named segment of its path, so `body.amount`,
 * `rows.3.birthDate` and `attendees[2]` map to `amount`, `birthDate` and `attendees`.
 */
export function formField(field: string): string {
  const segments = field
    .split(/[.[\]/]+/)
    .filter((s) => s !== "" && !/^\d+$/.test(s) && s !== "body" && s !== "query");
  return segments.at(-1) ?? field;
}

/** Field errors by form field (the first message of each), for errors not tied to a row. */
export function fieldErrors(problem: Problem | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (error.row !== undefined) continue;
    const name = formField(error.field);
    out[name] ??= error.message;
  }
  return out;
}

/** Errors of an uploaded file by line (header is line 1), each with its form field. */
export function rowErrors(
  problem: Problem | null | undefined,
): Map<number, { field: string; message: string }[]> {
  const out = new Map<number, { field: string; message: string }[]>();
  for (const error of problem?.errors ?? []) {
    if (error.row === undefined) continue;
    const list = out.get(error.row) ?? [];
    list.push({ field: formField(error.field), message: error.message });
    out.set(error.row, list);
  }
  return out;
}
