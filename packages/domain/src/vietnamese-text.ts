/**
 * Names are stored in NFC (what Vietnamese keyboards and Excel on Windows
 * usually produce; macOS and some phones send NFD) and searched through a
 * folded form without diacritics, so "nguyen thi hoa" finds "Nguyễn Thị Hoà".
 */
export function normalizeName(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Lower case, without tone or vowel marks, đ as d, single spaces. */
export function foldVietnamese(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** The pattern for `LIKE ? ESCAPE '\'` that finds `query` anywhere in a folded column. */
export function containsPattern(query: string): string {
  return `%${foldVietnamese(query).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
