import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MemberRegisterResult, parseMemberRegister, type RegisterRow } from "./member-register-csv";
import { foldVietnamese, normalizeName } from "./vietnamese-text";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = "\uFEFF";

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

function rowsOf(result: MemberRegisterResult): RegisterRow[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.kind}: ${JSON.stringify(result.errors)}`);
  return result.rows;
}

const NOT_UTF8 = "the file is not UTF-8 text: in Excel choose Save As → “CSV UTF-8 (Comma delimited)”";

// A register as a commune officer keeps it: a row number, notes, a name with a comma, every date style.
const REGISTER_HEADER = [
  "STT",
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "Dân tộc",
  "Hộ nghèo/cận nghèo",
  "Năm công nhận",
  "Sống một mình",
  "Số điện thoại",
  "Ngày vào CLB",
  "Ghi chú",
];
const REGISTER_ROWS = [
  ["1", "Nguyễn Thị Hoà", "Nữ", "05/03/1950", "Kinh", "Nghèo", "2022", "x", "0912 345 678", "15/06/2023", ""],
  ["2", "Trần Văn Bình, con", "Nam", "1948", "Tày", "", "", "", "", "1/7/2023", "Trưởng nhóm"],
  [
    "3",
    "Lò Thị Mai",
    "nu",
    "1955-11-20",
    "Thái",
    "Cận nghèo",
    "2021",
    "Không",
    "+84 98 765 4321",
    "01.08.2023",
    "",
  ],
  ["4", "Đặng Văn Đức", "M", "7-9-1944", "", "Không", "", "Có", "", "2023-09-02", "ốm"],
];
const EXPECTED_ROWS: RegisterRow[] = [
  {
    row: 2,
    person: {
      fullName: "Nguyễn Thị Hoà",
      sex: "female",
      birthDate: "1950-03-05",
      ethnicity: "Kinh",
      povertyStatus: "poor",
      povertyCertifiedYear: 2022,
      livesAlone: true,
      phone: "0912345678",
    },
    joinedOn: "2023-06-15",
  },
  {
    row: 3,
    person: {
      fullName: "Trần Văn Bình, con",
      sex: "male",
      birthYear: 1948,
      ethnicity: "Tày",
      povertyStatus: "none",
      livesAlone: false,
    },
    joinedOn: "2023-07-01",
  },
  {
    row: 4,
    person: {
      fullName: "Lò Thị Mai",
      sex: "female",
      birthDate: "1955-11-20",
      ethnicity: "Thái",
      povertyStatus: "near_poor",
      povertyCertifiedYear: 2021,
      livesAlone: false,
      phone: "0987654321",
    },
    joinedOn: "2023-08-01",
  },
  {
    row: 5,
    person: {
      fullName: "Đặng Văn Đức",
      sex: "male",
      birthDate: "1944-09-07",
      povertyStatus: "none",
      livesAlone: true,
    },
    joinedOn: "2023-09-02",
  },
];

/** Writes cells as Excel does: quoted only when they hold the delimiter, a quote or a line break. */
function csvLine(cells: string[], delimiter: string): string {
  return cells
    .map((cell) =>
      cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell,
    )
    .join(delimiter);
}

function register(delimiter: string, header = REGISTER_HEADER, newline = "\r\n"): string {
  return [header, ...REGISTER_ROWS].map((cells) => csvLine(cells, delimiter)).join(newline) + newline;
}

describe("parseMemberRegister: a typical register", () => {
  it("reads Excel's CSV UTF-8 (BOM, CRLF, quoted name with a comma, Vietnamese headers)", () => {
    const text = BOM + register(",");
    expect(text).toContain('"Trần Văn Bình, con"');
    expect(parseMemberRegister(utf8(text))).toEqual({ ok: true, rows: EXPECTED_ROWS });
  });

  it("reads the ; delimiter Excel writes in some locales", () => {
    const text = register(";");
    expect(text.split("\r\n")[0]).toBe(REGISTER_HEADER.join(";"));
    expect(parseMemberRegister(utf8(text))).toEqual({ ok: true, rows: EXPECTED_ROWS });
  });

  it("reads a tab-delimited file with LF line ends", () => {
    expect(parseMemberRegister(utf8(register("\t", REGISTER_HEADER, "\n")))).toEqual({
      ok: true,
      rows: EXPECTED_ROWS,
    });
  });

  it("reads English headers", () => {
    const header = [
      "No.",
      "Full name",
      "Gender",
      "Date of birth",
      "Ethnicity",
      "Poverty status",
      "Certified year",
      "Lives alone",
      "Phone",
      "Join date",
      "Notes",
    ];
    expect(parseMemberRegister(utf8(register(",", header)))).toEqual({ ok: true, rows: EXPECTED_ROWS });
  });

  it("reads Vietnamese headers typed without diacritics, in capitals or in NFD", () => {
    const header = [
      "stt",
      "HO VA TEN",
      "gioi tinh",
      "NGÀY THÁNG NĂM SINH",
      "dan toc",
      "Diện hộ",
      "Nam cong nhan ho ngheo",
      "Song co don",
      "SĐT",
      "Ngày tham gia".normalize("NFD"),
      "ghi chu",
    ];
    expect(parseMemberRegister(utf8(register(",", header)))).toEqual({ ok: true, rows: EXPECTED_ROWS });
  });

  it("puts NFD names (macOS, some phones) into NFC and folds runs of spaces", () => {
    const nfd = "Nguye\u0302\u0303n  Thi\u0323 Hoa\u0300";
    const text = `Họ tên,Giới tính,Năm sinh,Ngày vào CLB\n${nfd},Nữ,1950,01/01/2024\n`;
    const [row] = rowsOf(parseMemberRegister(utf8(text)));
    expect(row?.person.fullName).toBe("Nguyễn Thị Hoà");
    expect(row?.person.fullName).toBe(row?.person.fullName.normalize("NFC"));
    expect(row?.person.fullName).not.toBe(nfd);
  });

  it("takes a birth year alone, from a year column or from a date-of-birth cell", () => {
    const text = [
      "Họ và tên,Giới tính,Ngày sinh,Năm sinh,Ngày vào CLB",
      "Hà Văn Sáu,Nam,1949,,02/02/2024",
      "Hà Thị Bảy,Nữ,,1951,02/02/2024",
      "Hà Thị Tám,Nữ,03/04/1953,1953,02/02/2024",
    ].join("\n");
    const rows = rowsOf(parseMemberRegister(utf8(text)));
    expect(rows.map((r) => [r.row, r.person.birthDate, r.person.birthYear])).toEqual([
      [2, undefined, 1949],
      [3, undefined, 1951],
      [4, "1953-04-03", 1953],
    ]);
  });

  it("skips blank lines (and Excel's rows of empty cells) but reports physical line numbers", () => {
    const text = [
      "Họ và tên;Giới tính;Năm sinh;Ngày vào CLB",
      "",
      "Vi Văn Một;Nam;1950;01/01/2024",
      ";;;",
      "   ",
      "Vi Thị Hai;Nữ;1952;01/01/2024",
      "",
    ].join("\r\n");
    expect(rowsOf(parseMemberRegister(utf8(text))).map((r) => [r.row, r.person.fullName])).toEqual([
      [3, "Vi Văn Một"],
      [6, "Vi Thị Hai"],
    ]);
  });

  it("keeps later line numbers right after a quoted value that spans lines", () => {
    const text = [
      "Họ và tên,Giới tính,Năm sinh,Ngày vào CLB,Ghi chú",
      'Lương Văn An,Nam,1950,01/01/2024,"chuyển đến',
      'từ xã khác, ""thôn 3""',
      'năm 2023"',
      '"Lương Thị',
      'Bích",Nữ,1952,01/01/2024,',
      "Lương Văn Cư,Nam,1954,01/01/2024,",
    ].join("\r\n");
    expect(rowsOf(parseMemberRegister(utf8(text))).map((r) => [r.row, r.person.fullName])).toEqual([
      [2, "Lương Văn An"],
      [5, "Lương Thị Bích"],
      [7, "Lương Văn Cư"],
    ]);

    const withError = `${text.replace("Lương Văn Cư,Nam", "Lương Văn Cư,Ông")}\r\n`;
    expect(parseMemberRegister(utf8(withError))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [{ row: 7, field: "sex", message: "“Ông” is not a sex: write Nam or Nữ" }],
    });
    const partial = parseMemberRegister(utf8(withError));
    expect(!partial.ok && partial.kind === "rows" && partial.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it("reads old Mac CR line ends and Excel's sep= hint", () => {
    const text = "sep=;\rHọ và tên;Giới tính;Năm sinh;Ngày vào CLB\rMa Văn Ba;Nam;1950;01/01/2024\r";
    expect(rowsOf(parseMemberRegister(utf8(text))).map((r) => [r.row, r.person.fullName])).toEqual([
      [3, "Ma Văn Ba"],
    ]);
  });

  it("reads every spelling of sex, household status and living alone", () => {
    const cases: [string, string, string, Partial<RegisterRow["person"]>][] = [
      ["NỮ", "hộ nghèo", "CÓ", { sex: "female", povertyStatus: "poor", livesAlone: true }],
      ["f", "poor", "1", { sex: "female", povertyStatus: "poor", livesAlone: true }],
      ["Female", "near-poor", "yes", { sex: "female", povertyStatus: "near_poor", livesAlone: true }],
      ["NAM", "near_poor", "TRUE", { sex: "male", povertyStatus: "near_poor", livesAlone: true }],
      ["m", "none", "0", { sex: "male", povertyStatus: "none", livesAlone: false }],
      ["Male", "không", "no", { sex: "male", povertyStatus: "none", livesAlone: false }],
      ["nam", "", "false", { sex: "male", povertyStatus: "none", livesAlone: false }],
    ];
    const text = [
      "Họ và tên,Giới tính,Năm sinh,Hộ nghèo,Sống một mình,Ngày vào CLB",
      ...cases.map(
        ([sex, poverty, alone], i) => `Người ${i},${sex},${1940 + i},${poverty},${alone},01/01/2024`,
      ),
    ].join("\n");
    const rows = rowsOf(parseMemberRegister(utf8(text)));
    expect(rows).toHaveLength(cases.length);
    rows.forEach((row, i) => {
      expect(row.person).toMatchObject(cases[i]?.[3] ?? {});
    });
  });
});

describe("parseMemberRegister: encoding", () => {
  it("refuses Windows-1258 / Latin-1 bytes", () => {
    expect(parseMemberRegister(new Uint8Array([0x48, 0xe0, 0x6e, 0x67]))).toEqual({
      ok: false,
      kind: "encoding",
      errors: [{ field: "file", message: NOT_UTF8 }],
    });
  });

  it("refuses UTF-16LE with a byte order mark (Excel's “Unicode Text”)", () => {
    expect(parseMemberRegister(utf16le(register("\t"), true))).toEqual({
      ok: false,
      kind: "encoding",
      errors: [{ field: "file", message: NOT_UTF8 }],
    });
  });

  it("refuses UTF-16LE without a byte order mark, whose ASCII decodes as text full of NULs", () => {
    const result = parseMemberRegister(utf16le("Ho ten,Gioi tinh,Nam sinh,Ngay vao CLB\r\n", false));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("encoding");
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe("file");
    expect(result.errors[0]?.message).toMatch(/not UTF-8 text .*NUL.*CSV UTF-8 \(Comma delimited\)/);
  });

  it("refuses text that already went through a wrong conversion (U+FFFD)", () => {
    const result = parseMemberRegister(
      utf8("Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\nNguy\uFFFDn,Nam,1950,01/01/2024\n"),
    );
    expect(result).toMatchObject({ ok: false, kind: "encoding", errors: [{ field: "file" }] });
  });
});

describe("parseMemberRegister: structure", () => {
  it("names each missing required column by its API field", () => {
    const text = "STT,Họ và tên,Ngày sinh,Ngày vào CLB\n1,Lê Thị Cúc,01/01/1950,01/01/2024\n";
    expect(parseMemberRegister(utf8(text))).toEqual({
      ok: false,
      kind: "structure",
      errors: [
        { field: "sex", message: "the file has no column for sex (expected a header such as “Giới tính”)" },
      ],
    });

    expect(parseMemberRegister(utf8("Ghi chú\nabc\n"))).toEqual({
      ok: false,
      kind: "structure",
      errors: [
        {
          field: "fullName",
          message: "the file has no column for the full name (expected a header such as “Họ và tên”)",
        },
        { field: "sex", message: "the file has no column for sex (expected a header such as “Giới tính”)" },
        {
          field: "joinedOn",
          message:
            "the file has no column for the date of joining the club (expected a header such as “Ngày vào CLB”)",
        },
        {
          field: "birthDate",
          message:
            "the file has no column for the date or year of birth (expected a header such as “Ngày sinh” or “Năm sinh”)",
        },
      ],
    });
  });

  it("refuses a column given twice", () => {
    const text = "Họ và tên,Giới tính,Năm sinh,Ngày vào CLB,Gender\nLê Thị Cúc,Nữ,1950,01/01/2024,F\n";
    expect(parseMemberRegister(utf8(text))).toEqual({
      ok: false,
      kind: "structure",
      errors: [
        {
          field: "sex",
          row: 1,
          message: "the columns “Giới tính” (column 2) and “Gender” (column 5) both hold sex: keep only one",
        },
      ],
    });
  });

  it("refuses an empty file, a blank file and a header alone", () => {
    const noRows = {
      ok: false,
      kind: "structure",
      errors: [{ field: "file", message: "the file has no member rows" }],
    };
    expect(parseMemberRegister(new Uint8Array())).toEqual(noRows);
    expect(parseMemberRegister(utf8(`${BOM}\r\n\r\n`))).toEqual(noRows);
    expect(parseMemberRegister(utf8("Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\r\n,,,\r\n"))).toEqual(noRows);
  });

  it("refuses more rows than maxRows (2000 unless told)", () => {
    const header = "Họ và tên,Giới tính,Năm sinh,Ngày vào CLB";
    const line = (i: number) => `Người số ${i},Nam,${1900 + (i % 100)},01/01/2024`;
    const three = [header, line(1), line(2), line(3)].join("\n");
    expect(parseMemberRegister(utf8(three), { maxRows: 2 })).toEqual({
      ok: false,
      kind: "structure",
      errors: [
        {
          field: "file",
          message: "the file has 3 member rows; one file may hold at most 2: split it into smaller files",
        },
      ],
    });
    expect(rowsOf(parseMemberRegister(utf8(three), { maxRows: 3 }))).toHaveLength(3);

    const lines = (n: number) => [header, ...Array.from({ length: n }, (_, i) => line(i))].join("\n");
    expect(rowsOf(parseMemberRegister(utf8(lines(2000))))).toHaveLength(2000);
    expect(parseMemberRegister(utf8(lines(2001)))).toMatchObject({ ok: false, kind: "structure" });
  });

  it("names the line of an unterminated quote", () => {
    const text =
      'Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\nLê Văn A,Nam,1950,01/01/2024\n"Lê Văn B,Nam,1950,01/01/2024\nLê Văn C,Nam,1951,01/01/2024\n';
    expect(parseMemberRegister(utf8(text))).toEqual({
      ok: false,
      kind: "structure",
      errors: [
        { field: "file", row: 3, message: 'line 3: a quotation mark (") opens a value that is never closed' },
      ],
    });
  });

  it("refuses text after a closing quote", () => {
    const text = 'Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\n"Lê Văn" A,Nam,1950,01/01/2024\n';
    expect(parseMemberRegister(utf8(text))).toMatchObject({
      ok: false,
      kind: "structure",
      errors: [{ field: "file", row: 2 }],
    });
  });
});

describe("parseMemberRegister: row errors", () => {
  it("lists every error of every bad row, and only those", () => {
    const text = [
      "STT,Họ và tên,Giới tính,Ngày sinh,Số điện thoại,Ngày vào CLB",
      "1,Nguyễn Văn An,Nam,01/01/1950,0912345678,01/06/2023",
      "2,Trần Thị Bé,X,31/02/1950,,01/06/2023",
      "3,Lê Văn Cường,Nam,1952,,01/06/2023",
      "4,Phạm Thị Dung,Nữ,10/10/1960,12345,09/10/1960",
      "5,Hoàng Văn Em,Nam,1955,,01/06/2023",
    ].join("\r\n");
    expect(parseMemberRegister(utf8(text))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [
        { row: 3, field: "sex", message: "“X” is not a sex: write Nam or Nữ" },
        {
          row: 3,
          field: "birthDate",
          message: "“31/02/1950” is not a real date (dates are written day/month/year, such as 25/03/1950)",
        },
        { row: 5, field: "phone", message: "must be a Vietnamese phone number such as 0912 345 678" },
        {
          row: 5,
          field: "joinedOn",
          message: "is before the date of birth (10/10/1960): a person cannot join before birth",
        },
      ],
    });
  });

  it("reports empty required cells, unreadable values and the schema's own rules", () => {
    const text = [
      "Họ và tên,Giới tính,Ngày sinh,Năm sinh,Hộ nghèo,Năm công nhận,Sống một mình,Ngày vào CLB",
      ",,,,,,,",
      "Đinh Văn Hai,Nam,1950,1951,giàu,19x0,có lẽ,1/1/24",
      "Đinh Văn Ba,Nam,,1890,Không,2020,,2023-02-30",
      "Đinh Văn Bốn,Nam,05/05/1950,1952,,,,01/01/1949",
      "Đinh Văn Năm,Nam,,1960,Giàu,2020,,31/12/1959",
    ].join("\n");
    expect(parseMemberRegister(utf8(text))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [
        { row: 3, field: "birthYear", message: "does not match the year 1950 written as the date of birth" },
        {
          row: 3,
          field: "povertyStatus",
          message: "“giàu” is not a household status: write Nghèo, Cận nghèo or Không",
        },
        {
          row: 3,
          field: "povertyCertifiedYear",
          message: "“19x0” is not a year: write four digits, such as 1950",
        },
        { row: 3, field: "livesAlone", message: "“có lẽ” is not yes or no: write Có or Không" },
        {
          row: 3,
          field: "joinedOn",
          message: "“1/1/24” is not a date: write day/month/year, such as 25/03/1950",
        },
        { row: 4, field: "birthYear", message: "Too small: expected number to be >=1900" },
        {
          row: 4,
          field: "povertyCertifiedYear",
          message: "only a poor or near-poor household has a certification year",
        },
        {
          row: 4,
          field: "joinedOn",
          message: "“2023-02-30” is not a real date (dates are written day/month/year, such as 25/03/1950)",
        },
        { row: 5, field: "birthYear", message: "does not match the year of birthDate" },
        {
          row: 5,
          field: "joinedOn",
          message: "is before the date of birth (05/05/1950): a person cannot join before birth",
        },
        {
          row: 6,
          field: "povertyStatus",
          message: "“Giàu” is not a household status: write Nghèo, Cận nghèo or Không",
        },
        {
          row: 6,
          field: "joinedOn",
          message: "is before the year of birth (1960): a person cannot join before birth",
        },
      ],
    });
    // Line 2 is blank (only delimiters) and is skipped, not reported. On lines 3 and 6 the unreadable
    // year or status does not also bring the schema's cross-field complaints about birth or certification.
  });

  it("reports a row with only some cells filled", () => {
    const text = "Họ và tên,Giới tính,Năm sinh,Hộ nghèo,Năm công nhận,Ngày vào CLB\nMai Thị Sen,,,,2020,\n";
    expect(parseMemberRegister(utf8(text))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [
        { row: 2, field: "sex", message: "must not be empty" },
        { row: 2, field: "joinedOn", message: "must not be empty" },
      ],
    });
    // With sex and joinedOn given, the schema's cross-field rules speak (birth, certification year).
    const second =
      "Họ và tên,Giới tính,Năm sinh,Hộ nghèo,Năm công nhận,Ngày vào CLB\nMai Thị Sen,Nữ,,,2020,01/01/2024\n";
    expect(parseMemberRegister(utf8(second))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [
        { row: 2, field: "birthDate", message: "give a birthDate or at least a birthYear" },
        {
          row: 2,
          field: "povertyCertifiedYear",
          message: "only a poor or near-poor household has a certification year",
        },
      ],
    });
  });

  it("finds the same person twice in the file, whatever the diacritics and case", () => {
    const text = [
      "Họ và tên,Giới tính,Ngày sinh,Năm sinh,Ngày vào CLB",
      "Nguyễn Văn An,Nam,,1950,01/01/2024",
      "Nguyễn Văn An,Nam,,1951,01/01/2024",
      "Nguyễn Văn An,Nam,01/01/1952,,01/01/2024",
      "NGUYEN VAN AN,Nam,03/03/1950,,01/01/2024",
      "Nguyễn Văn An,Nam,02/02/1952,,01/01/2024",
      "Nguyễn  Văn  An,Nam,01/01/1952,,01/01/2024",
    ].join("\n");
    // Line 5 is line 2's person (a date in 1950 against the year 1950); line 6 has another full birth
    // date than line 4, so is another person; line 7 is line 4's person.
    expect(parseMemberRegister(utf8(text))).toMatchObject({
      ok: false,
      kind: "rows",
      errors: [
        {
          row: 5,
          field: "fullName",
          message:
            "the same person (same name and year of birth) is already on line 2: list each member once",
        },
        {
          row: 7,
          field: "fullName",
          message:
            "the same person (same name and year of birth) is already on line 4: list each member once",
        },
      ],
    });
  });
});

// ---------------------------------------------------------------- properties

const NAME_CHARS = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊÔƠƯ",
  ..."áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ",
  " ",
  "  ",
  ",",
  ";",
  '"',
  "'",
  "-",
  "\n",
  "\t",
];

const SEX_SPELLINGS: [string, "female" | "male"][] = [
  ["Nữ", "female"],
  ["nu", "female"],
  ["F", "female"],
  ["female", "female"],
  ["Nam", "male"],
  ["NAM", "male"],
  ["m", "male"],
  ["Male", "male"],
];

const pad = (n: number) => String(n).padStart(2, "0");

const generatedRow = fc.record({
  name: fc
    .array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 40 })
    .map((chars) => chars.join(""))
    .filter((name) => normalizeName(name) !== "" && normalizeName(name).length <= 120),
  nfd: fc.boolean(),
  sex: fc.constantFrom(...SEX_SPELLINGS),
  birth: fc.record({
    year: fc.integer({ min: 1920, max: 2000 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    style: fc.constantFrom("dmy/", "dmy-", "dmy.", "d/m", "iso", "year"),
  }),
  joinedYear: fc.integer({ min: 2001, max: 2025 }),
  quoteAll: fc.boolean(),
  blankLinesBefore: fc.integer({ min: 0, max: 2 }),
});

function writeBirth(birth: { year: number; month: number; day: number; style: string }): string {
  const { year, month, day } = birth;
  switch (birth.style) {
    case "dmy/":
      return `${pad(day)}/${pad(month)}/${year}`;
    case "dmy-":
      return `${pad(day)}-${pad(month)}-${year}`;
    case "dmy.":
      return `${pad(day)}.${pad(month)}.${year}`;
    case "d/m":
      return `${day}/${month}/${year}`;
    case "iso":
      return `${year}-${pad(month)}-${pad(day)}`;
    default:
      return String(year);
  }
}

describe("parseMemberRegister: properties", () => {
  it("reads back any register of valid rows, however it is quoted, delimited and line-ended", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(generatedRow, {
          minLength: 1,
          maxLength: 25,
          selector: (row) => foldVietnamese(normalizeName(row.name)),
        }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (rows, delimiter, newline, bom) => {
          const quote = (cell: string, always: boolean) =>
            always || cell.includes(delimiter) || /["\r\n]/.test(cell)
              ? `"${cell.replaceAll('"', '""')}"`
              : cell;
          const lines = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào CLB"].join(delimiter);
          let text = (bom ? BOM : "") + lines;
          let line = 1;
          const expectedLines: number[] = [];
          rows.forEach((row, i) => {
            for (let b = 0; b < row.blankLinesBefore; b++) {
              text += newline;
              line++;
            }
            const name = row.nfd ? row.name.normalize("NFD") : row.name;
            const cells = [
              String(i + 1),
              name,
              row.sex[0],
              writeBirth(row.birth),
              `01/01/${row.joinedYear}`,
            ].map((cell) => quote(cell, row.quoteAll));
            text += newline + cells.join(delimiter);
            line++;
            expectedLines.push(line);
            line += (name.match(/\n/g) ?? []).length;
          });
          text += newline;

          const parsed = rowsOf(parseMemberRegister(utf8(text)));
          expect(parsed).toHaveLength(rows.length);
          expect(parsed.map((r) => r.row)).toEqual(expectedLines);
          expect(parsed.map((r) => r.person.fullName)).toEqual(rows.map((r) => normalizeName(r.name)));
          for (const r of parsed) expect(r.person.fullName).toBe(r.person.fullName.normalize("NFC"));
          expect(parsed.map((r) => r.person.sex)).toEqual(rows.map((r) => r.sex[1]));
          expect(parsed.map((r) => r.person.birthYear ?? Number(r.person.birthDate?.slice(0, 4)))).toEqual(
            rows.map((r) => r.birth.year),
          );
          expect(parsed.map((r) => r.joinedOn)).toEqual(rows.map((r) => `${r.joinedYear}-01-01`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws, and always answers with a well-formed result, whatever the bytes", () => {
    const header = utf8("Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\n");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([...header, ...tail])),
          fc
            .string({ unit: "grapheme", maxLength: 200 })
            .map((tail) => utf8(`Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\n${tail}`)),
        ),
        (bytes) => {
          const result = parseMemberRegister(bytes);
          if (result.ok) {
            expect(result.rows.length).toBeGreaterThan(0);
            for (const row of result.rows) expect(row.row).toBeGreaterThanOrEqual(2);
          } else {
            expect(["encoding", "structure", "rows"]).toContain(result.kind);
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) expect(error.message).not.toBe("");
            if (result.kind === "rows")
              for (const error of result.errors) expect(error.row).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
