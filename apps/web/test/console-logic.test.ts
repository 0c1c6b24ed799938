import { describe, expect, it } from "vitest";
import { PROBLEM_CODES } from "../../../packages/domain/src/contracts/common";
import { foldVietnamese } from "../../../packages/domain/src/vietnamese-text";
import { createDrafts, loginHash, nextAfterLogin, type Store } from "../ui/drafts";
import { fold, matches } from "../ui/format";
import { DICTIONARIES, type Lang, translate } from "../ui/i18n";
import { fieldMessage, fieldMessages, itemMessages, problemTitle } from "../ui/problems";
import { keyFor, settled } from "../ui/retry";
import { scheduleRows, scheduleTotals } from "../ui/schedule";

const LANGS: Lang[] = ["vi", "en"];

/** A Storage kept in memory, as sessionStorage behaves in one tab. */
function memoryStore(): Store & { size: () => number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    size: () => map.size,
  };
}

describe("problems in the user's language", () => {
  it("has a message of its own in Vietnamese and in English for every problem code", () => {
    for (const code of [...PROBLEM_CODES, "NETWORK"]) {
      const vi = problemTitle("vi", { code });
      const en = problemTitle("en", { code });
      expect(vi, code).not.toBe("");
      expect(en, code).not.toBe("");
      expect(vi, code).not.toBe(en);
      if (code !== "INTERNAL") expect(vi, code).not.toBe(problemTitle("vi", { code: "INTERNAL" }));
    }
    // Two codes never share a message: each says what went wrong.
    const all = PROBLEM_CODES.map((code) => problemTitle("vi", { code }));
    expect(new Set(all).size).toBe(all.length);
  });

  it("every word of the console exists in both languages", () => {
    for (const key of Object.keys(DICTIONARIES.vi) as (keyof typeof DICTIONARIES.vi)[]) {
      expect(DICTIONARIES.en[key], key).toBeTruthy();
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(DICTIONARIES.en[key]), key).toEqual(names(DICTIONARIES.vi[key]));
    }
  });

  // What the services answer without a rule code (packages/domain contracts and pure checks); the
  // workers' rules, known by their codes, are in problems-rules.test.ts.
  const SERVICE_MESSAGES: [string, string | undefined, string][] = [
    ["is required", "invalid_type", "Cần điền."],
    ["must not be empty", "custom", "Cần điền."],
    ["must not be in the future", "custom", "Không được sau ngày hôm nay."],
    ["must be a real calendar date written YYYY-MM-DD", "custom", "Ngày không có thật (dd/mm/yyyy)."],
    [
      "is before the date of birth (05/05/1950): a person cannot join before birth",
      undefined,
      "Trước ngày sinh: không thể vào CLB trước khi sinh.",
    ],
    ["give a birthDate or at least a birthYear", "custom", "Cần ngày sinh hoặc ít nhất năm sinh."],
    [
      "only a poor or near-poor household has a certification year",
      "custom",
      "Chỉ hộ nghèo, cận nghèo mới có năm công nhận.",
    ],
    [
      "must be a Vietnamese phone number such as 0912 345 678",
      "custom",
      "Số điện thoại Việt Nam không hợp lệ (vd. 0912 345 678).",
    ],
    ["blood pressure needs both systolic and diastolic", "custom", "Cần cả hai số huyết áp."],
    ["must be higher than diastolic", "custom", "Số trên phải lớn hơn số dưới."],
    ["record blood pressure, weight, or both", "custom", "Nhập huyết áp, cân nặng, hoặc cả hai."],
    ["is not a known field", "unrecognized_keys", "Trường không được hỗ trợ."],
    ["must be a person id", "custom", "Lựa chọn không hợp lệ."],
    ["Too small: expected number to be >=1900", "too_small", "Nhỏ hơn mức tối thiểu (1900)."],
    ["Too big: expected number to be <=260", "too_big", "Vượt quá mức tối đa (260)."],
    ["Too big: expected string to have <=300 characters", "too_big", "Quá dài (tối đa 300 ký tự)."],
    ['Invalid option: expected one of "female"|"male"', "invalid_value", "Không phải lựa chọn hợp lệ."],
  ];

  it("turns each field error the services give into a Vietnamese sentence, and an English one", () => {
    for (const [message, code, vi] of SERVICE_MESSAGES) {
      expect(fieldMessage("vi", { message, code }), message).toBe(vi);
      const en = fieldMessage("en", { message, code });
      expect(en, message).not.toBe(vi);
      expect(en, message).not.toMatch(/^Not accepted/);
    }
  });

  it("keeps a message it does not know, after a translated lead", () => {
    expect(fieldMessage("vi", { message: "is odd" })).toBe("Không hợp lệ: is odd");
    expect(fieldMessage("en", { message: "is odd" })).toBe("Not accepted: is odd");
  });

  it("puts each error under its form field and each list item's under its index", () => {
    const problem = {
      type: "urn:ishc:problem:validation-failed",
      title: "Validation failed",
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [
        { field: "person.fullName", message: "must not be empty", code: "custom" },
        { field: "joinedOn", message: "must not be in the future" },
        { field: "joinedOn", message: "is before the person was born", rule: "before_birth" },
        { field: "checks.2.diastolic", message: "blood pressure needs both systolic and diastolic" },
        { field: "checks.0", message: "did not attend this meeting", rule: "not_attended" },
        { field: "fullName", message: "is odd", row: 3 },
      ],
    };
    expect(fieldMessages("vi", problem)).toEqual({
      fullName: "Cần điền.",
      joinedOn: "Không được sau ngày hôm nay.",
      diastolic: "Cần cả hai số huyết áp.",
      checks: "Người này không có mặt ở buổi sinh hoạt.",
    });
    const items = itemMessages("en", problem, "checks");
    expect(items.get(2)).toEqual({ diastolic: "Blood pressure needs both numbers." });
    expect(items.get(0)).toEqual({ item: "This person did not attend the meeting." });
    expect(items.has(1)).toBe(false);
  });
});

describe("a draft across signing in again", () => {
  it("comes back to the page with what was typed, for the same account only", () => {
    const store = memoryStore();
    let user: string | null = "usr_board";
    const drafts = createDrafts(store, () => user);
    const page = "/club/org_1/member";
    drafts.set(`member:${page}`, { fullName: "Nguyễn Thị Hoà", birthYear: "1952" });

    // The token expires: the session goes, the user is sent to sign in with the page to return to.
    user = null;
    const login = loginHash(page);
    expect(login).toBe("/login?next=%2Fclub%2Forg_1%2Fmember");
    const next = new URLSearchParams(login.split("?")[1]).get("next");
    expect(drafts.get(`member:${page}`)).toBeNull();

    user = "usr_board";
    expect(nextAfterLogin(next)).toBe(page);
    expect(drafts.get(`member:${page}`)).toEqual({ fullName: "Nguyễn Thị Hoà", birthYear: "1952" });

    user = "usr_other";
    expect(drafts.get(`member:${page}`)).toBeNull();
  });

  it("is forgotten on signing out, other keys left alone", () => {
    const store = memoryStore();
    store.setItem("ishc.outbox", "[]");
    const drafts = createDrafts(store, () => "usr_1");
    drafts.set("a", { x: 1 });
    drafts.set("b", { y: 2 });
    drafts.clearAll();
    expect(drafts.get("a")).toBeNull();
    expect(store.getItem("ishc.outbox")).toBe("[]");
    expect(store.size()).toBe(1);
  });

  it("returns only to the console's own pages", () => {
    expect(nextAfterLogin(null)).toBe("/");
    expect(nextAfterLogin("//evil.example")).toBe("/");
    expect(nextAfterLogin("/login?next=/x")).toBe("/");
    expect(nextAfterLogin("https://evil.example")).toBe("/");
    expect(nextAfterLogin("/meeting/mtg_1")).toBe("/meeting/mtg_1");
    expect(loginHash("/login?next=%2F")).toBe("/login?next=%2F");
  });
});

describe("search folding", () => {
  const NAMES = [
    "Nguyễn Thị Hoà",
    "Đinh Văn Đức",
    "Hoàng Thị Thuỷ",
    "Lò Văn Ơn",
    "Nông  Thị   Ữ",
    "Triệu Thị Ngọc",
  ];
  it("folds as the services fold the name column", () => {
    for (const name of NAMES) expect(fold(name)).toBe(foldVietnamese(name));
    // Decomposed input (as some Android keyboards type it) folds the same.
    expect(fold("Hoa\u0300ng")).toBe(foldVietnamese("Hoàng"));
  });

  it("finds names typed without diacritics, in any order of words", () => {
    expect(matches("Đinh Văn Đức", "duc dinh")).toBe(true);
    expect(matches("Hoàng Thị Thuỷ", "THUY")).toBe(true);
    expect(matches("Hoàng Thị Thuỷ", "thuy hoang van")).toBe(false);
  });
});

describe("a loan's schedule", () => {
  const instalments = [
    {
      number: 2,
      dueOn: "2025-03-10",
      principal: 250_000,
      interest: 15_000,
      principalUnpaid: 250_000,
      interestUnpaid: 15_000,
    },
    {
      number: 1,
      dueOn: "2025-02-10",
      principal: 250_000,
      interest: 15_000,
      principalUnpaid: 0,
      interestUnpaid: 0,
    },
    {
      number: 3,
      dueOn: "2025-04-10",
      principal: 250_000,
      interest: 15_000,
      principalUnpaid: 100_000,
      interestUnpaid: 0,
    },
    {
      number: 4,
      dueOn: "2025-05-10",
      principal: 250_000,
      interest: 15_000,
      principalUnpaid: 250_000,
      interestUnpaid: 15_000,
    },
  ];

  it("shows each instalment's due, paid and owed, and what is late on a day", () => {
    const rows = scheduleRows(instalments, "2025-04-10");
    expect(rows.map((r) => [r.number, r.due, r.paid, r.owed, r.state])).toEqual([
      [1, 265_000, 265_000, 0, "paid"],
      [2, 265_000, 0, 265_000, "late"],
      [3, 265_000, 165_000, 100_000, "partial"], // due today: not late yet
      [4, 265_000, 0, 265_000, "upcoming"],
    ]);
    expect(scheduleTotals(rows)).toEqual({
      due: 1_060_000,
      paid: 430_000,
      owed: 630_000,
      late: 265_000,
      lateCount: 1,
    });
  });

  it("counts a part-paid instalment past its day as late for what is left", () => {
    const totals = scheduleTotals(scheduleRows(instalments, "2025-04-11"));
    expect(totals.late).toBe(365_000);
    expect(totals.lateCount).toBe(2);
    expect(totals.paid + totals.owed).toBe(totals.due);
  });
});

describe("retry-safe sends from a form", () => {
  it("keeps the key for the same body until answered, and makes a new one for another body", () => {
    let n = 0;
    const newKey = () => `key-${++n}`;
    const first = keyFor(null, { hours: 2 }, newKey);
    expect(first.key).toBe("key-1");
    expect(keyFor(first, { hours: 2 }, newKey)).toBe(first);
    expect(keyFor(first, { hours: 3 }, newKey).key).toBe("key-2");
  });

  it("resends with the same key only when no answer settled it", () => {
    expect([0, 401, 429, 500, 503].map(settled)).toEqual([false, false, false, false, false]);
    expect([200, 201, 409, 422].map(settled)).toEqual([true, true, true, true]);
  });
});

describe("translate", () => {
  it("fills in the named values", () => {
    for (const lang of LANGS) expect(translate(lang, "monthsN", { n: 12 })).toContain("12");
  });
});
