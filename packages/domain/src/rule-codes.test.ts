import { describe, expect, it } from "vitest";
import { fieldError } from "./contracts/common";
import { isRuleCode, RULE_CODES, RULES, ruleParamKinds } from "./rule-codes";

describe("rule codes", () => {
  it("are snake_case, and each names its parameters by a known kind", () => {
    for (const rule of RULE_CODES) {
      expect(rule).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const [name, kind] of Object.entries(ruleParamKinds(rule))) {
        expect(name, rule).toMatch(/^[a-z][A-Za-z]*$/);
        expect(["date", "money", "count", "months", "fund", "text"], `${rule}.${name}`).toContain(kind);
      }
    }
    expect(RULE_CODES).toEqual(Object.keys(RULES));
  });

  it("tells a rule code from anything else", () => {
    expect(isRuleCode("before_founding")).toBe(true);
    expect(isRuleCode("toString")).toBe(false);
    expect(isRuleCode("BEFORE_FOUNDING")).toBe(false);
    expect(isRuleCode(undefined)).toBe(false);
  });

  it("ride on a field error beside its message, and an unknown rule is refused", () => {
    const error = {
      field: "heldOn",
      message: "is early",
      rule: "before_founding",
      params: { date: "2019-03-01" },
    };
    expect(fieldError.parse(error)).toEqual(error);
    expect(fieldError.safeParse({ ...error, rule: "too_early" }).success).toBe(false);
    expect(fieldError.safeParse({ ...error, params: { date: true } }).success).toBe(false);
    expect(fieldError.parse({ field: "a", message: "b" })).toEqual({ field: "a", message: "b" });
  });
});
