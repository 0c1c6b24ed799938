/**
 * Text people type into names, reasons and notes. Stored NFC and trimmed, and
 * refused when it holds what no one types on purpose and what misleads whoever
 * reads it later: control characters, bidirectional overrides that make a name
 * display in another order than it is stored, the replacement character left
 * by text that was not UTF-8, or nothing visible at all (only zero-width
 * characters or combining marks).
 */

export type TextOptions = {
  /** Notes: line breaks (stored as `\n`) and tabs are kept. */
  multiline?: boolean;
};

/** C0 controls, DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** The same, without tab and line feed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** What a decoder puts in place of bytes that were not UTF-8. */
const REPLACEMENT = /\uFFFD/u;
/** What shows nothing by itself: zero-width characters, combining marks, white space. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\p{M}\s]/gu;

/** The text as stored: NFC, line breaks as `\n`, no surrounding white space. */
export function cleanText(value: string, options: TextOptions = {}): string {
  const nfc = value.normalize("NFC");
  return (options.multiline ? nfc.replace(/\r\n?/g, "\n") : nfc).trim();
}

/** Why `value` (already cleaned) cannot be stored as text; null when it can. */
export function textProblem(value: string, options: TextOptions = {}): string | null {
  if ((options.multiline ? CONTROL_EXCEPT_TAB_AND_LF : CONTROL).test(value)) {
    return options.multiline
      ? "must not contain control characters other than tabs and line breaks"
      : "must not contain control characters such as line breaks or tabs";
  }
  if (BIDI_CONTROL.test(value)) {
    return "must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)";
  }
  if (REPLACEMENT.test(value)) {
    return "contains “\uFFFD”, the mark of text that was not UTF-8: type the text again";
  }
  if (value.replace(INVISIBLE, "") === "") return "must not be empty";
  return null;
}
