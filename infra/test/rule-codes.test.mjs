/**
 * Every rule error a worker raises carries a rule code (RULES in packages/domain/src/rule-codes.ts),
 * so the console can say it in the user's language without reading the English message: each
 * `invalidField(field, message, rule, …)` and `ruleError(field, message, rule, …)` call in
 * apps/*\/src names a known rule as a string literal, and no field error there is an object literal
 * `{ field, message }`. A plain scan of the sources: it fails when someone adds a call without a
 * code, or with one the domain does not know.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../lib/jsonc.mjs";

/** The keys of `export const RULES = { … }`, one per line. */
function ruleCodesIn(source) {
  const body = /export const RULES = \{([\s\S]*?)\n\} as const/.exec(source)?.[1] ?? "";
  return new Set([...body.matchAll(/^\s+([a-z][a-z_]*):/gm)].map((m) => m[1]));
}

/** The text of each call's arguments, `name(` up to its closing parenthesis (strings and templates skipped). */
function callsIn(source, name) {
  const calls = [];
  const pattern = new RegExp(`\\b${name}\\(`, "g");
  for (const match of source.matchAll(pattern)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let i = start;
    let quote = null;
    for (; i < source.length && depth > 0; i++) {
      const ch = source[i];
      if (quote) {
        if (ch === "\\") i++;
        else if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
      else if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]" || ch === "}") depth--;
    }
    const line = source.slice(0, match.index).split("\n").length;
    calls.push({ line, args: splitArgs(source.slice(start, i - 1)) });
  }
  return calls;
}

/** Top-level arguments of a call, trimmed (a template's `${…}` and nested brackets kept whole). */
function splitArgs(text) {
  const args = [];
  let depth = 0;
  let quote = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      else if (quote === "`" && ch === "$" && text[i + 1] === "{") {
        const end = closing(text, i + 1);
        i = end;
      }
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = text.slice(from).trim();
  if (last) args.push(last);
  return args;
}

function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** What is wrong in `source`: a call with a missing or unknown rule code, a field error built by hand. */
function ruleProblems(source, file, codes) {
  const problems = [];
  for (const match of source.matchAll(/\{\s*field(?::[^,{}]+)?,\s*message\b/g)) {
    const line = source.slice(0, match.index).split("\n").length;
    problems.push(
      `${file}:${line}: a field error built by hand: use ruleError(field, message, rule, params)`,
    );
  }
  for (const name of ["invalidField", "ruleError"]) {
    for (const { line, args } of callsIn(source, name)) {
      const rule = /^"([a-z_]+)"$/.exec(args[2] ?? "")?.[1];
      if (!rule) problems.push(`${file}:${line}: ${name}(…) without a rule code as its third argument`);
      else if (!codes.has(rule)) problems.push(`${file}:${line}: ${name}(…) with unknown rule "${rule}"`);
    }
  }
  return problems;
}

function sourcesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

const CODES = ruleCodesIn(readFileSync(path.join(ROOT, "packages/domain/src/rule-codes.ts"), "utf8"));

describe("rule codes on the workers' rule errors", () => {
  it("reads the domain's rule codes", () => {
    assert.ok(CODES.size > 20, `only ${CODES.size} rule codes read`);
    for (const code of ["in_future", "before_founding", "not_active_member", "exceeds_owed", "fund_too_low"])
      assert.ok(CODES.has(code), code);
  });

  it("finds a missing or unknown code, and accepts a call that names one", () => {
    // Worker source as text: the `${…}` are its template literals.
    const source = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text
      'throw invalidField("heldOn", `must not be before ${a(b, c)}`, "before_founding", { date: x });',
      'throw invalidField("leftOn", "must not be in the future");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text
      'problems.push(ruleError(`checks.${i}`, "did not attend", "not_attended"));',
      'throw invalidField(field, "is odd", "too_odd");',
      "throw invalidField(field, problem, rule);",
      'throw conflict("taken", [{ field: "login", message: "is taken" }]);',
      "errors.push({ field, message });",
    ].join("\n");
    assert.deepEqual(ruleProblems(source, "x.ts", CODES), [
      "x.ts:6: a field error built by hand: use ruleError(field, message, rule, params)",
      "x.ts:7: a field error built by hand: use ruleError(field, message, rule, params)",
      "x.ts:2: invalidField(…) without a rule code as its third argument",
      'x.ts:4: invalidField(…) with unknown rule "too_odd"',
      "x.ts:5: invalidField(…) without a rule code as its third argument",
    ]);
  });

  it("every invalidField and ruleError call in apps/*/src names a known rule, and no field error is built by hand", () => {
    const apps = readdirSync(path.join(ROOT, "apps"), { withFileTypes: true }).filter((e) => e.isDirectory());
    let calls = 0;
    const problems = [];
    for (const app of apps) {
      const src = path.join(ROOT, "apps", app.name, "src");
      let files;
      try {
        files = sourcesUnder(src);
      } catch {
        continue;
      }
      for (const file of files) {
        const source = readFileSync(file, "utf8");
        calls += callsIn(source, "invalidField").length + callsIn(source, "ruleError").length;
        problems.push(...ruleProblems(source, path.relative(ROOT, file), CODES));
      }
    }
    assert.ok(calls > 50, `only ${calls} calls found: the scan is not reading the workers`);
    assert.deepEqual(problems, []);
  });
});
