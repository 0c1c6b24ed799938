/**
 * Cells for the CSV and XLSX files the system hands out (OWASP "CSV
 * injection"). Text that people typed is stored as given, `=1+1` included;
 * only on its way into a spreadsheet is a cell that would start a formula
 * (`=`, `+`, `-`, `@`, or a tab or carriage return that some spreadsheets skip
 * before one) prefixed with `'`, so Excel and LibreOffice show it as text.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** `'` before text a spreadsheet would read as a formula; other text unchanged. For XLSX string cells too. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180): numbers and booleans as written, null and
 * undefined empty, text neutralised and quoted when it holds the delimiter, a
 * quotation mark or a line break (quotation marks doubled).
 */
export function csvCell(value: CsvValue, delimiter = ","): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The UTF-8 byte order mark: without it Excel opens a UTF-8 file as the local code page. */
export const UTF8_BOM = "\uFEFF";

export type ToCsvOptions = { delimiter?: "," | ";" | "\t"; bom?: boolean };

/** A whole file: BOM (by default), header and rows, each line ended by CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: ToCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const line = (cells: readonly CsvValue[]) =>
    `${cells.map((c) => csvCell(c, delimiter)).join(delimiter)}\r\n`;
  return (options.bom === false ? "" : UTF8_BOM) + line(header) + rows.map(line).join("");
}
