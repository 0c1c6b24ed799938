import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, textProblem } from "./text";

const ok = (value: string, multiline = false) => textProblem(cleanText(value, { multiline }), { multiline });

describe("text people type", () => {
  it("accepts Vietnamese names, punctuation and formula-like text as given", () => {
    for (const name of [
      "Nguyễn Thị Hoà",
      "Đặng Văn Ân",
      "Lò Thị Mai (Tày)",
      "=1+1",
      "-",
      "@home",
      "O'Brien",
    ]) {
      expect(ok(name), name).toBeNull();
    }
  });

  it("stores NFC, trimmed", () => {
    expect(cleanText("  Nguyễn Thị Hoà\u00A0".normalize("NFD"))).toBe("Nguyễn Thị Hoà");
  });

  it("refuses every C0 and C1 control and DEL in a single line, tab and line feed included", () => {
    for (let code = 0; code <= 0x9f; code++) {
      if (code > 0x1f && code < 0x7f) continue;
      const value = `Nguyễn${String.fromCharCode(code)}Hoà`;
      expect(textProblem(value), code.toString(16)).toMatch(/control characters/);
    }
  });

  it("keeps tabs and line breaks in notes, CRLF and CR stored as LF, other controls refused", () => {
    expect(cleanText("Dòng 1\r\nDòng 2\rDòng 3", { multiline: true })).toBe("Dòng 1\nDòng 2\nDòng 3");
    expect(ok("Dòng 1\r\n\tDòng 2", true)).toBeNull();
    for (const control of ["\u0000", "\u0007", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F"]) {
      expect(ok(`a${control}b`, true), control.charCodeAt(0).toString(16)).toMatch(/control/);
    }
  });

  it("refuses bidirectional embeddings, overrides and isolates", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(ok(`Hoà${String.fromCharCode(code)}gnaS`), code.toString(16)).toMatch(/bidirectional/);
      expect(ok(`a${String.fromCharCode(code)}b`, true)).toMatch(/bidirectional/);
    }
    expect(ok("Hoà\u2029b")).toBeNull(); // a paragraph separator is white space, not a bidi control
  });

  it("refuses text with nothing visible: zero-width characters, combining marks, white space", () => {
    for (const value of [
      "\u200B",
      "\u200C\u200D",
      "\u2060",
      "\uFEFF",
      "\u0301\u0303\u0323",
      " \u200B \u0300 ",
      "\u200B\n\t",
    ]) {
      expect(ok(value), JSON.stringify(value)).toBe("must not be empty");
    }
    expect(ok("\u200BHoà")).toBeNull();
  });

  it("refuses the replacement character left by bytes that were not UTF-8", () => {
    expect(ok("Nguy\uFFFDn")).toMatch(/not UTF-8/);
  });

  it("accepts any text of Vietnamese letters, digits and spaces with something visible", () => {
    const letters = [
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    ];
    const char = fc.constantFrom(...letters, ...letters.map((l) => l.toUpperCase()), "0", "9", " ");
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 40 }), (chars) => {
        const value = chars.join("");
        expect(ok(value)).toBe(value.trim() === "" ? "must not be empty" : null);
      }),
    );
  });
});
