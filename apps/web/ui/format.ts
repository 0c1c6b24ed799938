/** Vietnamese formats: dates dd/mm/yyyy, money `1.234.000 ₫`, names searched without diacritics. */

/** `2025-05-12` → `12/05/2025` (anything else unchanged). */
export function showDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `12/05/2025`, `12/5/2025`, `12-05-2025` or `2025-05-12` → `2025-05-12`; null when not a real day. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let d: number;
  let m: number;
  let y: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Today in Vietnam (UTC+7) as `yyyy-mm-dd`. */
export function todayInVietnam(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The month before today's in Vietnam, as `yyyy-mm` (the last month that has ended). */
export function lastMonth(now = Date.now()): string {
  const [y, m] = todayInVietnam(now).split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Whole numbers with `.` between thousands: 1234000 → `1.234.000`. */
export function showNumber(n: number): string {
  const sign = n < 0 ? "-" : "";
  const [int, frac] = Math.abs(n).toString().split(".");
  return `${sign}${(int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""}`;
}

/** Đồng: 1234000 → `1.234.000 ₫`. */
export const showMoney = (dong: number): string => `${showNumber(Math.round(dong))}\u00a0₫`;

/** `1.234.000`, `1 234 000`, `1234000 ₫` → 1234000; null when not a whole positive amount. */
export function parseMoney(text: string): number | null {
  const digits = text.replace(/[\s.\u00a0₫đ]/gi, "");
  if (!/^\d{1,13}$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 ? n : null;
}

/** A share 0.4167 → `41,7 %`. */
export function showShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return "—";
  return `${(Math.round(share * 1000) / 10).toString().replace(".", ",")}\u00a0%`;
}

/** Lower case without diacritics (đ → d), spaces collapsed: how names are searched. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Does `name` contain every word of `query`, both folded? */
export function matches(name: string, query: string): boolean {
  const words = fold(query).split(" ").filter(Boolean);
  const folded = fold(name);
  return words.every((word) => folded.includes(word));
}

/** One row of a CSV with the line it starts on (the header is line 1, as the API counts). */
export type CsvRow = { line: number; cells: string[] };

/** The rows of a CSV (comma, semicolon or tab; quoted cells), BOM dropped, for showing beside errors. */
export function csvRows(text: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, "");
  const first = body.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((sep) => [sep, first.split(sep).length] as const);
  const sep = counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
  const rows: CsvRow[] = [];
  let line = 1;
  let start = 1;
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push({ line: start, cells: row });
      line++;
      start = line;
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push({ line: start, cells: row });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
}
