/**
 * A CSV reader for files as spreadsheets export them: UTF-8 bytes (with or without Excel's
 * byte order mark) in, records out, each with the physical line it starts on. The delimiter
 * is found from the header line (`,`, `;` or tab, or Excel's `sep=` hint); quoted fields may
 * hold the delimiter, `""` and line breaks. Pure: it knows nothing of what the columns mean.
 */

/** What went wrong, and on which physical line when it is about one (lines count from 1). */
export type CsvError = { line?: number; message: string };

export type CsvRecord = { line: number; cells: string[] };

export type CsvResult =
  | { ok: true; records: CsvRecord[]; delimiter: string }
  | { ok: false; kind: "encoding" | "structure"; error: CsvError };

export const CSV_DELIMITERS = [",", ";", "\t"] as const;

const SAVE_AS_UTF8 = "in Excel choose Save As → “CSV UTF-8 (Comma delimited)”";

/** Decodes, finds the delimiter and reads every record whose cells are not all blank. */
export function readCsv(bytes: Uint8Array): CsvResult {
  const text = decodeUtf8(bytes);
  if (!text.ok) return { ok: false, kind: "encoding", error: text.error };
  const delimiter = detectDelimiter(text.value);
  const csv = parseCsv(text.value, delimiter.char, delimiter.skipFirstLine);
  if (!csv.ok) return { ok: false, kind: "structure", error: csv.error };
  return { ok: true, records: csv.records, delimiter: delimiter.char };
}

// ---------------------------------------------------------------- encoding

/** UTF-8 text without its byte order mark; refuses other encodings (Latin-1, Windows-1258, UTF-16). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; value: string } | { ok: false; error: CsvError } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: { message: `the file is not UTF-8 text: ${SAVE_AS_UTF8}` } };
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    return {
      ok: false,
      error: {
        message: `the file is not UTF-8 text (it holds NUL or “\uFFFD” characters, as a UTF-16 or spreadsheet file does): ${SAVE_AS_UTF8}`,
      },
    };
  }
  return { ok: true, value: text };
}

// ---------------------------------------------------------------- CSV (RFC 4180)

/**
 * The delimiter is the one of `,`, `;` or tab that occurs most often outside
 * quotes on the header line (Excel writes `;` in locales whose decimal mark is
 * a comma). A first line `sep=;` (Excel's own hint) names it outright.
 */
export function detectDelimiter(text: string): { char: string; skipFirstLine: boolean } {
  const lines = text.split(/\r\n|\n|\r/);
  const hint = /^sep=(.)$/i.exec(lines[0]?.trim() ?? "");
  if (hint?.[1] && (CSV_DELIMITERS as readonly string[]).includes(hint[1])) {
    return { char: hint[1], skipFirstLine: true };
  }
  const header = lines.find((line) => line.trim() !== "") ?? "";
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    let count = 0;
    let inQuotes = false;
    for (const ch of header) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === delimiter && !inQuotes) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return { char: best, skipFirstLine: false };
}

/**
 * Records with the physical line each starts on. Quoted fields may hold the
 * delimiter, `""` and line breaks; lines are ended by CRLF, LF or CR. Records
 * whose every cell is blank (empty lines, or Excel's `,,,,` rows) are skipped.
 */
export function parseCsv(
  text: string,
  delimiter: string,
  skipFirstLine: boolean,
): { ok: true; records: CsvRecord[] } | { ok: false; error: CsvError } {
  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;

  const isLineBreak = (ch: string | undefined) => ch === "\n" || ch === "\r";
  const skipLineBreak = () => {
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
  };
  const endRecord = () => {
    cells.push(field);
    if (cells.some((cell) => cell.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    field = "";
  };

  if (skipFirstLine) {
    while (i < n && !isLineBreak(text[i])) i++;
    if (i < n) skipLineBreak();
    recordLine = line;
  }

  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field.trim() === "") {
      const quoteLine = line;
      field = "";
      i++;
      for (;;) {
        if (i >= n) {
          return {
            ok: false,
            error: {
              line: quoteLine,
              message: `line ${quoteLine}: a quotation mark (") opens a value that is never closed`,
            },
          };
        }
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\r" || c === "\n") {
          field += "\n";
          skipLineBreak();
          continue;
        }
        field += c;
        i++;
      }
      while (i < n && (text[i] === " " || (text[i] === "\t" && delimiter !== "\t"))) i++;
      if (i < n && text[i] !== delimiter && !isLineBreak(text[i])) {
        return {
          ok: false,
          error: {
            line,
            message: `line ${line}: a quoted value is followed by more text before the next "${delimiter === "\t" ? "tab" : delimiter}"; write a quotation mark inside a value as ""`,
          },
        };
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(field);
      field = "";
      i++;
    } else if (isLineBreak(ch)) {
      endRecord();
      skipLineBreak();
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  endRecord();
  return { ok: true, records };
}
