import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** JSON with comments (what wrangler.jsonc is): drops `//` and block comments outside strings, and trailing commas. */
export function parseJsonc(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const string = /"(?:[^"\\]|\\.)*"/y;
      string.lastIndex = i;
      const match = string.exec(text);
      if (!match) throw new Error("unterminated string in JSONC");
      out += match[0];
      i += match[0].length - 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (ch === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
    } else {
      out += ch;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}

/** `apps/<app>/wrangler.jsonc`, parsed. */
export function wranglerConfigOf(app) {
  return parseJsonc(readFileSync(path.join(ROOT, "apps", app, "wrangler.jsonc"), "utf8"));
}
