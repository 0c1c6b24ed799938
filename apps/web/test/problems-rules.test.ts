import { describe, expect, it } from "vitest";
import { RULE_CODES, RULES, type RuleCode, ruleParamKinds } from "../../../packages/domain/src/rule-codes";
import { DICTIONARIES, type Key, type Lang } from "../ui/i18n";
import { fieldMessage, fieldMessages, PARAM_KINDS, ruleMessage } from "../ui/problems";

const LANGS: Lang[] = ["vi", "en"];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** A value of each kind, and how the console must show it. */
const SAMPLES = {
  date: ["2019-03-01", "01/03/2019"],
  money: [1_234_000, "1.234.000\u00a0₫"],
  count: [1250, "1.250"],
  months: ["2025-01,2025-02", "01/2025, 02/2025"],
  fund: ["revolving", { vi: "Quỹ quay vòng", en: "revolving fund" }],
  text: ["Nông Thị Ữ", "Nông Thị Ữ"],
} as const;

function sampleParams(rule: RuleCode) {
  return Object.fromEntries(
    Object.entries(ruleParamKinds(rule)).map(([name, kind]) => [name, SAMPLES[kind][0]]),
  );
}

describe("the services' rules in the user's language", () => {
  it("has a Vietnamese and an English message for every rule code, using only the rule's params", () => {
    for (const rule of RULE_CODES) {
      const key = `rule_${rule}` as Key;
      const vi = DICTIONARIES.vi[key];
      const en = DICTIONARIES.en[key];
      expect(vi, rule).toBeTruthy();
      expect(en, rule).toBeTruthy();
      expect(vi, rule).not.toBe(en);
      const names = Object.keys(RULES[rule]);
      for (const name of [...placeholders(vi), ...placeholders(en)])
        expect(names, `${rule}: {${name}}`).toContain(name);
    }
  });

  it("shows each param as the user reads it: dates dd/mm/yyyy, money in đồng, months, the fund's name", () => {
    for (const rule of RULE_CODES) {
      const params = sampleParams(rule);
      for (const lang of LANGS) {
        const text = ruleMessage(lang, rule, params);
        expect(text, rule).toBeTruthy();
        expect(text, `${rule} (${lang})`).not.toMatch(/[{}]/);
        for (const name of placeholders(DICTIONARIES[lang][`rule_${rule}` as Key])) {
          const shown = SAMPLES[ruleParamKinds(rule)[name]!][1];
          expect(text, `${rule}.${name} (${lang})`).toContain(
            typeof shown === "object" ? shown[lang] : shown,
          );
        }
      }
    }
    // Most messages show the values their rule carries.
    const used = RULE_CODES.filter((rule) => placeholders(DICTIONARIES.vi[`rule_${rule}` as Key]).length > 0);
    expect(used.length).toBeGreaterThan(20);
  });

  it("formats a param by the kind the domain gives it", () => {
    for (const rule of RULE_CODES) {
      for (const [name, kind] of Object.entries(ruleParamKinds(rule))) {
        expect(PARAM_KINDS[name] ?? "text", `${rule}.${name}`).toBe(kind);
      }
    }
  });

  it("says a rule whatever the English wording, and keeps the wording of a rule it does not know", () => {
    const error = {
      message: "is reworded in the service",
      rule: "before_founding",
      params: { date: "2019-03-01" },
    };
    expect(fieldMessage("vi", error)).toBe("Không được trước ngày thành lập CLB (01/03/2019).");
    expect(fieldMessage("en", error)).toBe("Must not be before the club was founded (01/03/2019).");
    expect(fieldMessage("en", { message: "x", rule: "exceeds_owed", params: { owed: 255_000 } })).toBe(
      "More than is owed (255.000\u00a0₫).",
    );
    expect(
      fieldMessage("vi", { message: "x", rule: "fund_too_low", params: { fund: "operating", available: 0 } }),
    ).toBe("Quỹ hoạt động chỉ còn 0\u00a0₫ có thể chi.");
    expect(fieldMessage("vi", { message: "is odd", rule: "a_rule_from_a_newer_service" })).toBe(
      "Không hợp lệ: is odd",
    );
    expect(fieldMessage("en", { message: "must not be in the future", rule: "a_newer_rule" })).toBe(
      "Must not be after today.",
    );
  });

  it("puts a rule's message under its form field", () => {
    const problem = {
      type: "urn:ishc:problem:conflict",
      title: "Conflict",
      status: 409,
      code: "CONFLICT",
      errors: [
        {
          field: "joinedOn",
          message: "overlaps the membership of the person in this club from 2022-01-10 to 2024-03-31",
          rule: "overlaps_membership",
          params: { from: "2022-01-10", to: "2024-03-31" },
        },
        { field: "login", message: "is already used by another account", rule: "login_taken" },
      ],
    };
    expect(fieldMessages("vi", problem)).toEqual({
      joinedOn:
        "Trùng thời gian với lần tham gia CLB trước của người này (10/01/2022 – 31/03/2024): chỉ vào lại từ ngày sau khi rời.",
      login: "Tên đăng nhập này đã có người dùng.",
    });
  });
});
