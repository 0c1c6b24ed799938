import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormula, toCsv, UTF8_BOM } from "./csv-export";

/** A minimal RFC 4180 reader, to check what a spreadsheet would read back. */
function readCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

describe("cells a spreadsheet cannot run", () => {
  it("prefixes ' to text that starts with = + - @ tab or carriage return", () => {
    expect(csvCell('=HYPERLINK("http://x","bấm")')).toBe('"\'=HYPERLINK(""http://x"",""bấm"")"');
    expect(csvCell("+84912345678")).toBe("'+84912345678");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
  });

  it("leaves other text, and formula characters later in the text, alone", () => {
    expect(csvCell("Nguyễn Thị Hoà")).toBe("Nguyễn Thị Hoà");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(" =1")).toBe(" =1");
    expect(csvCell("")).toBe("");
  });

  it("writes numbers, booleans and nothing as values, negative numbers included", () => {
    expect(csvCell(-1500)).toBe("-1500");
    expect(csvCell(0.5)).toBe("0.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes per RFC 4180: delimiter, quotation mark, line break", () => {
    expect(csvCell("Hoà, Lan")).toBe('"Hoà, Lan"');
    expect(csvCell('Bà "Tư"')).toBe('"Bà ""Tư"""');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell("a;b")).toBe("a;b");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
  });

  it("writes a file Excel opens as UTF-8: BOM, CRLF line ends", () => {
    const file = toCsv(
      ["Họ và tên", "Ghi chú"],
      [
        ["Nguyễn Thị Hoà", "=1+1"],
        ["Lò Văn Ân", null],
      ],
    );
    expect(file).toBe(`${UTF8_BOM}Họ và tên,Ghi chú\r\nNguyễn Thị Hoà,'=1+1\r\nLò Văn Ân,\r\n`);
    expect(toCsv(["a"], [], { bom: false })).toBe("a\r\n");
    expect(toCsv(["a", "b"], [["x;y", 1]], { delimiter: ";", bom: false })).toBe('a;b\r\n"x;y";1\r\n');
  });

  it("reads back as the text given, with a ' before formulas and nothing else changed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const padded = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
          const back = readCsv(toCsv(header, padded, { bom: false }));
          expect(back).toEqual([header, ...padded.map((r) => r.map(neutraliseFormula))]);
          for (const row of back.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
