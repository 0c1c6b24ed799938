/**
 * Problems (RFC 9457) in the user's language: a line for each problem code, and each field error
 * the services answer (in English, for developers) turned into a message of ui/i18n.ts, to show
 * under the field it names. A message not known here is shown as the service wrote it, after a
 * translated "Not accepted:", so nothing the service says is lost.
 */
import { formField, type Problem } from "@ishc/client";
import { type Key, type Lang, translate } from "./i18n";

/** Every code a problem carries, and NETWORK for an answer that never came. */
export type ProblemCode = Problem["code"];

const titleKey = (code: string): Key => {
  const key = `problem_${code}`;
  return (key in KNOWN_TITLES ? key : "problem_INTERNAL") as Key;
};
const KNOWN_TITLES = {
  problem_MALFORMED_REQUEST: 1,
  problem_UNAUTHENTICATED: 1,
  problem_FORBIDDEN: 1,
  problem_NOT_FOUND: 1,
  problem_METHOD_NOT_ALLOWED: 1,
  problem_CONFLICT: 1,
  problem_PAYLOAD_TOO_LARGE: 1,
  problem_UNSUPPORTED_MEDIA_TYPE: 1,
  problem_VALIDATION_FAILED: 1,
  problem_TOO_MANY_REQUESTS: 1,
  problem_INTERNAL: 1,
  problem_NETWORK: 1,
} as const;

/** The one line a page shows for a problem: its code's message. */
export const problemTitle = (lang: Lang, problem: Pick<Problem, "code">): string =>
  translate(lang, titleKey(problem.code));

type Rule = [RegExp, Key, (m: RegExpExecArray) => Record<string, string>];
const none = () => ({});
const dmy = (iso: string | undefined) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? "");
};

/** The services' field messages (packages/domain contracts and rules, the workers' handlers). */
const RULES: Rule[] = [
  [/^(is required|must not be empty)\b|is required without/, "fe_required", none],
  [/^must not be in the future$/, "fe_future", none],
  [/real calendar date|is not a real date|is not a date/, "fe_date", none],
  [/before the club was founded \((\d{4}-\d{2}-\d{2})\)/, "fe_beforeFounded", (m) => ({ d: dmy(m[1]) })],
  [/^is before the (date|year) of birth|^is before the person was born/, "fe_beforeBirth", none],
  [/birthDate or at least a birthYear|needs at least a birth year/, "fe_needBirth", none],
  [/^does not match the year/, "fe_birthYearMismatch", none],
  [/only a poor or near-poor household/, "fe_certOnlyPoor", none],
  [/Vietnamese phone number/, "fe_phone", none],
  [
    /already (an active member|has an open membership)|enrolled in this club meanwhile/,
    "fe_alreadyMember",
    none,
  ],
  [/^overlaps a membership/, "fe_overlaps", none],
  [/^did not attend this meeting$/, "fe_notAttended", none],
  [/needs both systolic and diastolic/, "fe_bpBoth", none],
  [/^must be higher than diastolic$/, "fe_systolicHigher", none],
  [/^record blood pressure, weight, or both$/, "fe_bpOrWeight", none],
  [/person twice|is listed twice|someone already listed|must not repeat/, "fe_twice", none],
  [
    /(?:is not|was not) a member (?:of this club|of that club|of a club of the organiser) on (\S+)$/,
    "fe_notMemberOn",
    (m) => ({ d: dmy(m[1]) }),
  ],
  [/home-care volunteer role on (\S+)$/, "fe_notVolunteer", (m) => ({ d: dmy(m[1]) })],
  [/^is the visitor$/, "fe_isVisitor", none],
  [/^must not be before (?!the )\w+$/, "fe_notBefore", none],
  [/more than the (?:\w+ )?fund holds|overdraw the fund/, "fe_overdraw", none],
  [/^must be more than 0/, "fe_positive", none],
  [/whole number of đồng/, "fe_wholeDong", none],
  [/^is not a known field$/, "fe_unknownField", none],
  [/^must be an? \w+ id$/, "fe_badId", none],
  [/at least the \d+ trainee/, "fe_atLeastTrainees", none],
  [/more (?:participants )?than (?:the club has )?members/i, "fe_moreThanMembers", none],
  [/control|bidi|invisible/, "fe_text", none],
];

/** zod's own messages, by the issue code the kit passes on. */
function byZodCode(code: string | undefined, message: string): [Key, Record<string, string>] | null {
  const bound = /[<>]=?\s*(-?[\d.]+)/.exec(message)?.[1] ?? "";
  const ofText = /string|characters/.test(message);
  switch (code) {
    case "too_small":
      return ofText ? ["fe_tooShort", {}] : ["fe_tooSmall", { n: bound }];
    case "too_big":
      return ofText ? ["fe_tooLong", { n: bound }] : ["fe_tooBig", { n: bound }];
    case "invalid_type":
      return ["fe_type", {}];
    case "invalid_format":
      return ["fe_format", {}];
    case "invalid_value":
      return ["fe_choice", {}];
    case "invalid_union":
      return ["fe_format", {}];
    case "unrecognized_keys":
      return ["fe_unknownField", {}];
    default:
      return null;
  }
}

/** One field error's message in `lang`. */
export function fieldMessage(lang: Lang, error: { message: string; code?: string }): string {
  for (const [pattern, key, vars] of RULES) {
    const m = pattern.exec(error.message);
    if (m) return translate(lang, key, vars(m));
  }
  const zod = byZodCode(error.code, error.message);
  if (zod) return translate(lang, zod[0], zod[1]);
  return translate(lang, "fe_other", { m: error.message });
}

/** Field errors by form field (the first of each), in `lang`; rows of uploads left out. */
export function fieldMessages(lang: Lang, problem: Problem | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (error.row !== undefined) continue;
    out[formField(error.field)] ??= fieldMessage(lang, error);
  }
  return out;
}

/**
 * Field errors of a list sent in the body (`checks.3.systolic`, `participants.0.labourDays`), by
 * the item's index, then by field, in `lang`.
 */
export function itemMessages(
  lang: Lang,
  problem: Problem | null | undefined,
  list: string,
): Map<number, Record<string, string>> {
  const out = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^(?:body\\.)?${list}[.[](\\d+)\\]?(?:\\.(.+))?$`);
  for (const error of problem?.errors ?? []) {
    const m = pattern.exec(error.field);
    if (!m) continue;
    const index = Number(m[1]);
    const fields = out.get(index) ?? {};
    fields[m[2] ? formField(m[2]) : "item"] ??= fieldMessage(lang, error);
    out.set(index, fields);
  }
  return out;
}
