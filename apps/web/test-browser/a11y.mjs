/**
 * Accessibility for older eyes: axe-core run on every page of the console, at phone and desktop
 * width, for each role. The pages are found two ways that must agree: the routes the console's
 * source links to (every `#/…` address in apps/web/ui), and a crawl of the links each signed-in
 * role is shown. A route in the source that no role's crawl reaches fails the test, so a page
 * added to the console is checked as soon as it lands.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { settled } from "./watch.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FAILING = new Set(["serious", "critical"]);
/** An id in an address: a short prefix and a ULID (org_…, per_…, lon_…). */
const ID = /^[a-z]{2,8}_[0-9A-HJKMNP-TV-Z]{26}$/;

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(tsx?|jsx?)$/.test(entry.name) ? [file] : [];
  });

/** `#/club/${id}/meeting?x=1` → "/club/:id/meeting". */
const templateOfSource = (address) =>
  `/${address
    .split("?")[0]
    .split("/")
    .filter(Boolean)
    .map((part) => (part.includes("${") ? ":id" : part))
    .join("/")}`;

/** The routes the console's source links to, as templates ("/club/:id/funds"). */
export function routesInSource(uiDir) {
  const routes = new Set();
  for (const file of sourceFiles(uiDir)) {
    // Comments out (an example address in one is no route); "http://" keeps its colon.
    const source = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|\s)\/\/.*$/gm, "$1");
    for (const match of source.matchAll(/[`"']#(\/[^`"'\s]*)/g)) routes.add(templateOfSource(match[1]));
  }
  return [...routes].sort();
}

/** A visited address as a template: its ids become ":id". */
export const templateOfHash = (hash) =>
  `/${hash
    .replace(/^#/, "")
    .split("?")[0]
    .split("/")
    .filter(Boolean)
    .map((part) => (ID.test(decodeURIComponent(part)) ? ":id" : part))
    .join("/")}`;

const matchesTemplate = (visited, template) => {
  const a = visited.split("/");
  const b = template.split("/");
  return a.length === b.length && b.every((part, i) => part === ":id" || part === a[i]);
};

/** Runs axe on the page as it is; answers the serious and critical violations. */
async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the console's Content-Security-Policy does not
  // block (a script tag would be), so the page is checked under its own policy.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }).then((r) =>
      r.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.join(" ")),
        summary: v.nodes[0]?.failureSummary ?? "",
      })),
    ),
  );
  return result.filter((v) => FAILING.has(v.impact));
}

/** Checks the page at each width; records what it finds under `where`. */
export async function checkPage(page, where, { viewports, timeout, found, checked }) {
  for (const [size, viewport] of viewports) {
    await page.setViewportSize(viewport);
    await settled(page, timeout);
    for (const violation of await axeViolations(page))
      found.push({ ...violation, where: `${where} (${size})` });
    checked.push(`${where} (${size})`);
  }
}

/**
 * From the page a role lands on after signing in, follows every link to a route not yet seen
 * (one address per route template) and checks each page. Answers [template, address] of each.
 */
export async function crawlAndCheck(page, role, origin, options) {
  const seen = new Map();
  const queue = [`#${new URL(page.url()).hash.replace(/^#/, "") || "/"}`];
  while (queue.length > 0) {
    const hash = queue.shift();
    const template = templateOfHash(hash);
    if (seen.has(template) || template === "/login") continue;
    seen.set(template, hash);
    await page.goto(`${origin}/${hash}`);
    await settled(page, options.timeout);
    await checkPage(page, `${role} ${template} (${hash})`, options);
    const links = await page.$$eval("a[href^='#/']", (as) => as.map((a) => a.getAttribute("href")));
    for (const link of links) if (!seen.has(templateOfHash(link))) queue.push(link);
  }
  return [...seen];
}

/** The source's routes that no crawl visited. */
export const unvisited = (sourceRoutes, visited) =>
  sourceRoutes.filter(
    (template) => template !== "/login" && !visited.some((v) => matchesTemplate(v, template)),
  );

/** One entry per rule and element, with the pages it was seen on. */
export function formatViolations(found) {
  const byRule = new Map();
  for (const v of found) {
    const key = `${v.impact} ${v.rule}: ${v.help}\n  ${v.helpUrl}\n  element: ${v.targets.slice(0, 5).join(" | ")}\n  ${v.summary.replace(/\n/g, "\n  ")}`;
    byRule.set(key, [...(byRule.get(key) ?? []), v.where]);
  }
  return [...byRule]
    .map(
      ([key, where]) =>
        `${key}\n  on ${where.length} page views: ${where.slice(0, 8).join("; ")}${where.length > 8 ? "; …" : ""}`,
    )
    .join("\n");
}
