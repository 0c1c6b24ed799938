/**
 * Reads a club's member register as a commune officer exports it from Excel
 * (CSV, UTF-8) and turns it into validated people, all rows or none.
 *
 * The bytes are read as CSV by `./csv` (encoding, delimiter, quoting); this module holds the
 * register's own rules: its headers in Vietnamese or English, day-first dates, field checks.
 *
 * Pure: bytes in, a result out. The membership service decides what to do
 * with the rows (and checks what needs the database or today's date, such as
 * a joining date in the future).
 */

import { type FieldError, isoDate } from "./contracts/common";
import { type PersonInput, personInput } from "./contracts/people";
import { type CsvError, type CsvRecord, readCsv } from "./csv";
import { isIsoDate } from "./dates";
import { samePersonKey } from "./same-person";
import { foldVietnamese, normalizeName } from "./vietnamese-text";

export type RegisterRow = {
  /** The physical line of the file where the record starts (the header is line 1). */
  row: number;
  person: PersonInput;
  /** YYYY-MM-DD */
  joinedOn: string;
};

export type MemberRegisterResult =
  | { ok: true; rows: RegisterRow[] }
  | { ok: false; kind: "encoding" | "structure"; errors: FieldError[] }
  /** Some rows are wrong; `rows` holds the ones that read well, so a caller can check them further in the same pass. */
  | { ok: false; kind: "rows"; errors: FieldError[]; rows: RegisterRow[] };

export type MemberRegisterOptions = {
  /** The most data rows one file may hold (default 2000). */
  maxRows?: number;
};

export const DEFAULT_MAX_REGISTER_ROWS = 2000;

type ColumnField =
  | "fullName"
  | "sex"
  | "birthDate"
  | "birthYear"
  | "ethnicity"
  | "povertyStatus"
  | "povertyCertifiedYear"
  | "livesAlone"
  | "phone"
  | "joinedOn";

/** The columns in the order their errors are reported; aliases are matched through `headerKey`. */
const COLUMNS: Record<ColumnField, { aliases: string[]; label: string; example: string }> = {
  fullName: {
    aliases: ["Họ và tên", "Họ tên", "Full name", "Name"],
    label: "the full name",
    example: "“Họ và tên”",
  },
  sex: { aliases: ["Giới tính", "Sex", "Gender"], label: "sex", example: "“Giới tính”" },
  birthDate: {
    aliases: ["Ngày sinh", "Ngày tháng năm sinh", "Date of birth", "Birth date"],
    label: "the date of birth",
    example: "“Ngày sinh”",
  },
  birthYear: {
    aliases: ["Năm sinh", "Birth year", "Year of birth"],
    label: "the year of birth",
    example: "“Năm sinh”",
  },
  ethnicity: { aliases: ["Dân tộc", "Ethnicity"], label: "ethnicity", example: "“Dân tộc”" },
  povertyStatus: {
    aliases: ["Hộ nghèo", "Hộ nghèo/cận nghèo", "Diện hộ", "Poverty status", "Household status"],
    label: "the household's poverty status",
    example: "“Hộ nghèo/cận nghèo”",
  },
  povertyCertifiedYear: {
    aliases: ["Năm công nhận", "Năm công nhận hộ nghèo", "Certified year"],
    label: "the year the household was certified",
    example: "“Năm công nhận”",
  },
  livesAlone: {
    aliases: ["Sống một mình", "Sống cô đơn", "Lives alone"],
    label: "living alone",
    example: "“Sống một mình”",
  },
  phone: {
    aliases: ["Số điện thoại", "Điện thoại", "SĐT", "Phone"],
    label: "the phone number",
    example: "“Số điện thoại”",
  },
  joinedOn: {
    aliases: ["Ngày vào CLB", "Ngày vào câu lạc bộ", "Ngày tham gia", "Joined on", "Join date"],
    label: "the date of joining the club",
    example: "“Ngày vào CLB”",
  },
};

const RELATED_FIELDS: Partial<Record<string, ColumnField[]>> = {
  birthDate: ["birthDate", "birthYear"],
  birthYear: ["birthDate", "birthYear"],
  povertyStatus: ["povertyStatus", "povertyCertifiedYear"],
  povertyCertifiedYear: ["povertyStatus", "povertyCertifiedYear"],
};

const FIELD_ORDER = Object.keys(COLUMNS) as ColumnField[];

/** Header text as compared: no diacritics, lower case, letters and digits only. */
function headerKey(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, "");
}

const FIELD_BY_HEADER = new Map<string, ColumnField>(
  FIELD_ORDER.flatMap((field) => COLUMNS[field].aliases.map((alias) => [headerKey(alias), field] as const)),
);

/** Cell values as compared: no diacritics, lower case, letters and digits only. */
const valueKey = headerKey;

const SEX_VALUES = new Map<string, PersonInput["sex"]>([
  ["nu", "female"],
  ["f", "female"],
  ["female", "female"],
  ["nam", "male"],
  ["m", "male"],
  ["male", "male"],
]);

const POVERTY_VALUES = new Map<string, PersonInput["povertyStatus"]>([
  ["ngheo", "poor"],
  ["hongheo", "poor"],
  ["poor", "poor"],
  ["canngheo", "near_poor"],
  ["hocanngheo", "near_poor"],
  ["nearpoor", "near_poor"],
  ["khong", "none"],
  ["none", "none"],
]);

const YES_NO_VALUES = new Map<string, boolean>([
  ["co", true],
  ["x", true],
  ["1", true],
  ["yes", true],
  ["true", true],
  ["khong", false],
  ["0", false],
  ["no", false],
  ["false", false],
]);

export function parseMemberRegister(
  bytes: Uint8Array,
  options?: MemberRegisterOptions,
): MemberRegisterResult {
  const maxRows = options?.maxRows ?? DEFAULT_MAX_REGISTER_ROWS;

  const csv = readCsv(bytes);
  if (!csv.ok) return { ok: false, kind: csv.kind, errors: [fileError(csv.error)] };

  const [header, ...records] = csv.records;
  if (!header) return { ok: false, kind: "structure", errors: [{ field: "file", message: NO_ROWS }] };

  const columns = readHeader(header);
  const structureErrors = [...columns.errors];
  if (records.length === 0) structureErrors.push({ field: "file", message: NO_ROWS });
  if (records.length > maxRows) {
    structureErrors.push({
      field: "file",
      message: `the file has ${records.length} member rows; one file may hold at most ${maxRows}: split it into smaller files`,
    });
  }
  if (structureErrors.length > 0) return { ok: false, kind: "structure", errors: structureErrors };

  const rows: RegisterRow[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, { row: number; birthDate: string | null }[]>();
  for (const record of records) {
    const result = readRow(record, columns.index, seen);
    if (result.ok) rows.push(result.value);
    else errors.push(...result.errors);
  }
  if (errors.length > 0) return { ok: false, kind: "rows", errors, rows };
  return { ok: true, rows };
}

const NO_ROWS = "the file has no member rows";

/** A CSV reading error as an error of the whole file, on the line it names. */
function fileError(error: CsvError): FieldError {
  return error.line === undefined
    ? { field: "file", message: error.message }
    : { field: "file", row: error.line, message: error.message };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

// ---------------------------------------------------------------- header

function readHeader(header: CsvRecord): { index: Map<ColumnField, number>; errors: FieldError[] } {
  const index = new Map<ColumnField, number>();
  const errors: FieldError[] = [];
  header.cells.forEach((cell, column) => {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (!field) return; // "STT", "Ghi chú" and other columns are not imported
    const first = index.get(field);
    if (first === undefined) {
      index.set(field, column);
      return;
    }
    errors.push({
      field,
      row: header.line,
      message: `the columns “${header.cells[first]?.trim()}” (column ${first + 1}) and “${cell.trim()}” (column ${column + 1}) both hold ${COLUMNS[field].label}: keep only one`,
    });
  });
  for (const field of ["fullName", "sex", "joinedOn"] as const) {
    if (!index.has(field)) {
      errors.push({
        field,
        message: `the file has no column for ${COLUMNS[field].label} (expected a header such as ${COLUMNS[field].example})`,
      });
    }
  }
  if (!index.has("birthDate") && !index.has("birthYear")) {
    errors.push({
      field: "birthDate",
      message: `the file has no column for the date or year of birth (expected a header such as ${COLUMNS.birthDate.example} or ${COLUMNS.birthYear.example})`,
    });
  }
  return { index, errors };
}

// ---------------------------------------------------------------- rows

function readRow(
  record: CsvRecord,
  index: Map<ColumnField, number>,
  seen: Map<string, { row: number; birthDate: string | null }[]>,
): { ok: true; value: RegisterRow } | { ok: false; errors: FieldError[] } {
  const row = record.line;
  const errors: FieldError[] = [];
  const failed = new Set<string>();
  const fail = (field: string, message: string) => {
    if (failed.has(field)) return;
    failed.add(field);
    errors.push({ row, field, message });
  };
  const cell = (field: ColumnField): string | undefined => {
    const column = index.get(field);
    const value = column === undefined ? undefined : record.cells[column]?.trim();
    return value === "" ? undefined : value;
  };

  const candidate: Partial<Record<ColumnField, unknown>> = {};
  const take = <T>(field: ColumnField, read: (text: string) => Outcome<T>): T | undefined => {
    const text = cell(field);
    if (text === undefined) return undefined;
    const result = read(text);
    if (!result.ok) {
      fail(field, result.message);
      return undefined;
    }
    return result.value;
  };

  const fullName = cell("fullName");
  if (fullName !== undefined && normalizeName(fullName) !== "") candidate.fullName = normalizeName(fullName);
  candidate.sex = take("sex", (text) => lookup(SEX_VALUES, text, "is not a sex: write Nam or Nữ"));

  const birth = take("birthDate", readBirth);
  const birthYearCell = take("birthYear", readYear);
  if (birth && "date" in birth) candidate.birthDate = birth.date;
  const yearFromDateColumn = birth && "year" in birth ? birth.year : undefined;
  if (
    birthYearCell !== undefined &&
    yearFromDateColumn !== undefined &&
    birthYearCell !== yearFromDateColumn
  ) {
    fail("birthYear", `does not match the year ${yearFromDateColumn} written as the date of birth`);
  }
  candidate.birthYear = birthYearCell ?? yearFromDateColumn;

  candidate.ethnicity = cell("ethnicity");
  candidate.povertyStatus = take("povertyStatus", (text) =>
    lookup(POVERTY_VALUES, text, "is not a household status: write Nghèo, Cận nghèo or Không"),
  );
  candidate.povertyCertifiedYear = take("povertyCertifiedYear", readYear);
  candidate.livesAlone = take("livesAlone", (text) =>
    lookup(YES_NO_VALUES, text, "is not yes or no: write Có or Không"),
  );
  candidate.phone = cell("phone");
  const joinedOnText = take("joinedOn", readDate);

  // The schema's rules (NFC names, phone numbers, year ranges, birth date and year agreeing …).
  for (const key of FIELD_ORDER) if (candidate[key] === undefined || failed.has(key)) delete candidate[key];
  const person = personInput.safeParse(candidate);
  if (!person.success) {
    for (const issue of person.error.issues) {
      const field = typeof issue.path[0] === "string" ? issue.path[0] : "person";
      // A rule across fields (birth date and year, status and certification year) says nothing
      // useful when one of its fields could not be read: that field's error is already listed.
      if (issue.code === "custom" && RELATED_FIELDS[field]?.some((other) => failed.has(other))) continue;
      const absent = candidate[field as ColumnField] === undefined && issue.code !== "custom";
      fail(field, absent ? "must not be empty" : issue.message);
    }
  }

  let joinedOn: string | undefined;
  if (joinedOnText === undefined) {
    if (!failed.has("joinedOn")) fail("joinedOn", "must not be empty");
  } else {
    const checked = isoDate.safeParse(joinedOnText);
    if (checked.success) joinedOn = checked.data;
    else for (const issue of checked.error.issues) fail("joinedOn", issue.message);
  }

  // Checked on the values as read, so that it is reported alongside the row's other errors.
  const birthDate = typeof candidate.birthDate === "string" ? candidate.birthDate : undefined;
  const birthYear = typeof candidate.birthYear === "number" ? candidate.birthYear : undefined;
  if (joinedOn !== undefined) {
    if (birthDate && joinedOn < birthDate) {
      fail(
        "joinedOn",
        `is before the date of birth (${displayDate(birthDate)}): a person cannot join before birth`,
      );
    } else if (!birthDate && birthYear !== undefined && Number(joinedOn.slice(0, 4)) < birthYear) {
      fail("joinedOn", `is before the year of birth (${birthYear}): a person cannot join before birth`);
    }
  }

  // The same person twice in the file, by the rule enrolment uses (`isSamePerson`): same folded name
  // and birth year, and not two different birth dates.
  const year = birthYear ?? (birthDate ? Number(birthDate.slice(0, 4)) : undefined);
  if (typeof candidate.fullName === "string" && year !== undefined) {
    const key = samePersonKey(candidate.fullName, year);
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((other) => !(other.birthDate && birthDate && other.birthDate !== birthDate));
    if (same) {
      fail(
        "fullName",
        `the same person (same name and year of birth) is already on line ${same.row}: list each member once`,
      );
    }
    earlier.push({ row, birthDate: birthDate ?? null });
    seen.set(key, earlier);
  }

  if (errors.length > 0 || !person.success || joinedOn === undefined) {
    const order = (field: string) => {
      const at = FIELD_ORDER.indexOf(field as ColumnField);
      return at === -1 ? FIELD_ORDER.length : at;
    };
    return { ok: false, errors: errors.sort((a, b) => order(a.field) - order(b.field)) };
  }
  return { ok: true, value: { row, person: person.data, joinedOn } };
}

function lookup<T>(values: Map<string, T>, text: string, problem: string): Outcome<T> {
  const value = values.get(valueKey(text));
  return value === undefined ? { ok: false, message: `“${text}” ${problem}` } : { ok: true, value };
}

function readYear(text: string): Outcome<number> {
  return /^\d{4}$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, message: `“${text}” is not a year: write four digits, such as 1950` };
}

/** A birth cell holds a full date or, in many registers, only the year. */
function readBirth(text: string): Outcome<{ date: string } | { year: number }> {
  if (/^\d{4}$/.test(text)) return { ok: true, value: { year: Number(text) } };
  const date = readDate(text);
  return date.ok ? { ok: true, value: { date: date.value } } : date;
}

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;

/** Vietnamese order, day first (25/03/1950, 5-3-1950, 25.03.1950), or ISO 1950-03-25. */
function readDate(text: string): Outcome<string> {
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(text);
  const parts = dayFirst
    ? { year: dayFirst[4], month: dayFirst[3], day: dayFirst[1] }
    : yearFirst
      ? { year: yearFirst[1], month: yearFirst[3], day: yearFirst[4] }
      : null;
  if (!parts?.year || !parts.month || !parts.day) {
    return { ok: false, message: `“${text}” is not a date: write day/month/year, such as 25/03/1950` };
  }
  const iso = `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
  if (Number(parts.year) < 1900) return { ok: false, message: `“${text}” is before 1900` };
  if (!isIsoDate(iso)) {
    return {
      ok: false,
      message: `“${text}” is not a real date (dates are written day/month/year, such as 25/03/1950)`,
    };
  }
  return { ok: true, value: iso };
}

function displayDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
