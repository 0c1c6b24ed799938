/**
 * docs/benchmarks.md: the prose above the generated mark is kept as written; everything below it
 * is the bench's. A section the run did not measure (the scale report without --scale, `npm test`
 * without --npm-test) is carried over from the previous generated part between its own markers,
 * marked with the run it came from.
 */
export const GENERATED_MARK =
  "<!-- Everything below is written by `npm run bench`; edit above this line only. -->";

const begin = (name) => `<!-- bench:${name} begin -->`;
const end = (name) => `<!-- bench:${name} end -->`;

/** `body` between the named section's markers. */
export const section = (name, body) => `${begin(name)}\n${body.trim()}\n${end(name)}`;

/** The named section's body in `doc`'s generated part, or undefined. */
export function previousSection(doc, name) {
  const mark = doc.indexOf(GENERATED_MARK);
  if (mark === -1) return undefined;
  const generated = doc.slice(mark);
  const from = generated.indexOf(begin(name));
  const to = generated.indexOf(end(name));
  if (from === -1 || to === -1 || to < from) return undefined;
  return generated.slice(from + begin(name).length, to).trim();
}

/** The document with its generated part replaced (the prose above the mark, or `intro` when there is none). */
export function withGenerated(doc, generated, intro) {
  const mark = doc.indexOf(GENERATED_MARK);
  const prose = mark >= 0 ? doc.slice(0, mark).trimEnd() : intro.trimEnd();
  return `${prose}\n\n${GENERATED_MARK}\n\n${generated.trim()}\n`;
}

const CARRIED = "_Carried over:";

/**
 * The named section of the previous doc, for a run that did not measure it: its body with a first
 * line saying so (`note`), or `missing` when no earlier run wrote it.
 */
export function carriedOver(doc, name, note, missing) {
  const body = previousSection(doc, name);
  if (body === undefined) return missing;
  const lines = body.split("\n");
  const rest = lines[0].startsWith(CARRIED) ? lines.slice(1).join("\n").trim() : body;
  return `${CARRIED} ${note}_\n\n${rest}`;
}
