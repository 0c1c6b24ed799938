/**
 * Problems (RFC 9457) in the user's language: a line for each problem code, and each field error
 * the services answer turned into a message of ui/i18n.ts, to show under the field it names. A
 * service rule is known by its code (`rule`, with its `params`), a malformed field by zod's issue
 * code or, for the contracts' own refinements, by their wording. A message known neither way is
 * shown as the service wrote it, after a translated "Not accepted:", so nothing is lost.
 */
import { type FieldError, formField, type Problem } from "@ishc/client";
import { showDate, showMoney, showNumber } from "./format";
import { DICTIONARIES, type Key, type Lang, translate } from "./i18n";

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

/**
 * How a rule's parameter is shown, by its name (the kinds of RULES in packages/domain): dates
 * dd/mm/yyyy, money `1.234.000 ₫`, months mm/yyyy, a fund by its name; anything else as sent.
 */
export const PARAM_KINDS: Record<string, "date" | "money" | "count" | "months" | "fund"> = {
  date: "date",
  from: "date",
  to: "date",
  owed: "money",
  available: "money",
  min: "money",
  max: "money",
  members: "count",
  months: "months",
  fund: "fund",
};

const FUND_KEYS: Record<string, Key> = { operating: "operatingFund", revolving: "revolvingFund" };

function showParam(lang: Lang, name: string, value: string | number): string {
  switch (PARAM_KINDS[name]) {
    case "date":
      return showDate(String(value));
    case "money":
      return Number.isFinite(Number(value)) ? showMoney(Number(value)) : String(value);
    case "count":
      return Number.isFinite(Number(value)) ? showNumber(Number(value)) : String(value);
    case "months":
      return String(value)
        .split(",")
        .map((month) => month.trim().replace(/^(\d{4})-(\d{2})$/, "$2/$1"))
        .join(", ");
    case "fund": {
      const key = FUND_KEYS[String(value)];
      if (!key) return String(value);
      // In an English sentence the fund's name is not at its start.
      return lang === "en" ? translate(lang, key).toLowerCase() : translate(lang, key);
    }
    default:
      return String(value);
  }
}

/** A service rule's message in `lang`, its params shown as the user reads them; null for a rule not known here. */
export function ruleMessage(
  lang: Lang,
  rule: string | undefined,
  params: FieldError["params"] = {},
): string | null {
  if (!rule) return null;
  const key = `rule_${rule}`;
  if (!Object.hasOwn(DICTIONARIES.vi, key)) return null;
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, v]) => [name, showParam(lang, name, v)]),
  );
  return translate(lang, key as Key, shown);
}

/**
 * Messages that carry no rule code: the contracts' refinements (packages/domain/src/contracts) and
 * the domain's pure checks (the CSV register, activity measures), by their wording.
 */
const WORDINGS: [RegExp, Key][] = [
  [/^(is required|must not be empty)\b|is required without/, "fe_required"],
  [/^must not be in the future$/, "fe_future"],
  [/real calendar date|is not a real date|is not a date/, "fe_date"],
  [/^is before the (date|year) of birth/, "fe_beforeBirth"],
  [/birthDate or at least a birthYear/, "fe_needBirth"],
  [/^does not match the year/, "fe_birthYearMismatch"],
  [/only a poor or near-poor household/, "fe_certOnlyPoor"],
  [/Vietnamese phone number/, "fe_phone"],
  [/needs both systolic and diastolic/, "fe_bpBoth"],
  [/^must be higher than diastolic$/, "fe_systolicHigher"],
  [/^record blood pressure, weight, or both$/, "fe_bpOrWeight"],
  [/person twice|must not repeat/, "fe_twice"],
  [/^must not be before (?!the )\w+$/, "fe_notBefore"],
  [/^must be more than 0/, "fe_positive"],
  [/whole number of đồng/, "fe_wholeDong"],
  [/^is not a known field$/, "fe_unknownField"],
  [/^must be an? \w+ id$/, "fe_badId"],
  [/at least the \d+ trainee/, "fe_atLeastTrainees"],
  [/control|bidi|invisible/, "fe_text"],
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

/** One field error's message in `lang`: by its rule code, else by zod's wording or issue code. */
export function fieldMessage(
  lang: Lang,
  error: Pick<FieldError, "message" | "code" | "rule" | "params">,
): string {
  const byRule = ruleMessage(lang, error.rule, error.params);
  if (byRule) return byRule;
  const worded = WORDINGS.find(([pattern]) => pattern.test(error.message));
  if (worded) return translate(lang, worded[1]);
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
