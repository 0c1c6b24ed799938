import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_DELIMITERS, decodeUtf8, detectDelimiter, parseCsv, readCsv } from "./csv";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = "\uFEFF";
const NOT_UTF8 = "the file is not UTF-8 text: in Excel choose Save As → “CSV UTF-8 (Comma delimited)”";

/** UTF-16LE as Excel's "Unicode Text" writes it, optionally with its byte order mark. */
function utf16le(text: string, withBom: boolean): Uint8Array {
  const units = withBom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    bytes[i * 2] = unit & 0xff;
    bytes[i * 2 + 1] = unit >> 8;
  });
  return bytes;
}

const recordsOf = (bytes: Uint8Array) => {
  const result = readCsv(bytes);
  if (!result.ok) throw new Error(`expected records, got ${JSON.stringify(result)}`);
  return result.records;
};

describe("decodeUtf8", () => {
  it("reads UTF-8 with or without Excel's byte order mark, and drops the mark", () => {
    expect(decodeUtf8(utf8(`${BOM}Họ và tên`))).toEqual({ ok: true, value: "Họ và tên" });
    expect(decodeUtf8(utf8("Họ và tên"))).toEqual({ ok: true, value: "Họ và tên" });
  });

  it("refuses Windows-1258 / Latin-1 bytes and UTF-16 with its byte order mark", () => {
    expect(decodeUtf8(new Uint8Array([0x48, 0xe0, 0x6e, 0x67]))).toEqual({
      ok: false,
      error: { message: NOT_UTF8 },
    });
    expect(decodeUtf8(utf16le("Họ tên\tGiới tính\r\n", true))).toEqual({
      ok: false,
      error: { message: NOT_UTF8 },
    });
  });

  it("refuses UTF-16 without a byte order mark (NULs) and text already mangled (U+FFFD)", () => {
    for (const bytes of [utf16le("Ho ten,Gioi tinh\r\n", false), utf8("Nguy\uFFFDn,Nam\n")]) {
      const result = decodeUtf8(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/not UTF-8 text .*NUL.*CSV UTF-8 \(Comma delimited\)/);
    }
  });
});

describe("detectDelimiter", () => {
  it("takes the delimiter that occurs most often outside quotes on the header line", () => {
    expect(detectDelimiter("a,b,c\n1;2;3")).toEqual({ char: ",", skipFirstLine: false });
    expect(detectDelimiter("a;b;c\n1,2,3")).toEqual({ char: ";", skipFirstLine: false });
    expect(detectDelimiter("a\tb\tc")).toEqual({ char: "\t", skipFirstLine: false });
    expect(detectDelimiter('"a;b;c",d\n')).toEqual({ char: ",", skipFirstLine: false });
    expect(detectDelimiter("\n\n a;b")).toEqual({ char: ";", skipFirstLine: false });
    expect(detectDelimiter("one column")).toEqual({ char: ",", skipFirstLine: false });
  });

  it("follows Excel's sep= hint on the first line", () => {
    expect(detectDelimiter("sep=;\ra,b,c")).toEqual({ char: ";", skipFirstLine: true });
    expect(detectDelimiter("SEP=,\na;b;c")).toEqual({ char: ",", skipFirstLine: true });
    // Not a delimiter it reads: the line is no hint, just the first line (with no delimiter in it).
    expect(detectDelimiter("sep=|\na;b")).toEqual({ char: ",", skipFirstLine: false });
  });
});

describe("parseCsv", () => {
  it("reads quoted fields holding the delimiter, doubled quotes and line breaks", () => {
    const text = 'a,"b, c","say ""hi""","two\r\nlines"\r\nd,e,f,g';
    expect(parseCsv(text, ",", false)).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["a", "b, c", 'say "hi"', "two\nlines"] },
        { line: 3, cells: ["d", "e", "f", "g"] },
      ],
    });
  });

  it("ends lines at CRLF, LF or CR and skips blank records, keeping physical line numbers", () => {
    const text = "h1;h2\r\n\r\nx;y\n;\r   \rz;w\n";
    expect(parseCsv(text, ";", false)).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["h1", "h2"] },
        { line: 3, cells: ["x", "y"] },
        { line: 6, cells: ["z", "w"] },
      ],
    });
  });

  it("skips the hint line and counts it", () => {
    expect(parseCsv("sep=;\na;b\n", ";", true)).toEqual({
      ok: true,
      records: [{ line: 2, cells: ["a", "b"] }],
    });
  });

  it("allows spaces after a closing quote, and tabs unless tab is the delimiter", () => {
    expect(parseCsv('"a"  \t,b', ",", false)).toEqual({
      ok: true,
      records: [{ line: 1, cells: ["a", "b"] }],
    });
    expect(parseCsv('"a" \tb', "\t", false)).toEqual({ ok: true, records: [{ line: 1, cells: ["a", "b"] }] });
  });

  it("names the line of an unterminated quote", () => {
    expect(parseCsv('h1,h2\nx,y\n"z,w\nv,u\n', ",", false)).toEqual({
      ok: false,
      error: { line: 3, message: 'line 3: a quotation mark (") opens a value that is never closed' },
    });
  });

  it("refuses text after a closing quote, naming the delimiter", () => {
    expect(parseCsv('h1,h2\n"Lê Văn" A,Nam\n', ",", false)).toEqual({
      ok: false,
      error: {
        line: 2,
        message:
          'line 2: a quoted value is followed by more text before the next ","; write a quotation mark inside a value as ""',
      },
    });
    const tab = parseCsv('"a"b\tc', "\t", false);
    expect(!tab.ok && tab.error.message).toContain('before the next "tab"');
  });
});

describe("readCsv", () => {
  it("decodes, detects the delimiter and reads the records", () => {
    expect(readCsv(utf8(`${BOM}Họ và tên;Ghi chú\r\n"Lương, Văn";\r\n`))).toEqual({
      ok: true,
      delimiter: ";",
      records: [
        { line: 1, cells: ["Họ và tên", "Ghi chú"] },
        { line: 2, cells: ["Lương, Văn", ""] },
      ],
    });
  });

  it("tells an encoding problem from a structure problem", () => {
    expect(readCsv(new Uint8Array([0xe0]))).toEqual({
      ok: false,
      kind: "encoding",
      error: { message: NOT_UTF8 },
    });
    expect(readCsv(utf8('a,b\n"c'))).toMatchObject({ ok: false, kind: "structure", error: { line: 2 } });
  });

  it("reads back any table it is given, however it is quoted, delimited and line-ended", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "ệ", " ", ",", ";", "\t", '"', "\n", "x") });
    fc.assert(
      fc.property(
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom("\r\n", "\n", "\r"),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (delimiter, newline, columns, rows) => {
          const header = Array.from({ length: columns }, (_, i) => `h${i}`);
          const table = rows
            .map((row) => row.slice(0, columns))
            .filter((row) => row.some((c) => c.replace(/\n/g, "").trim() !== ""));
          const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
          const text = [header, ...table].map((row) => row.map(quote).join(delimiter)).join(newline);
          const records = recordsOf(utf8(text));
          expect(records.map((r) => r.cells)).toEqual([header, ...table]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
