/**
 * What the browser test watches on each page: when a page has settled (its API calls answered
 * and its content drawn), and, for a failure report, what the page showed, its errors and the
 * API's last answers.
 */
import { tmpdir } from "node:os";
import path from "node:path";

/** How long nothing may change before a page counts as settled. */
const QUIET_MS = 250;
const API = /^\/(membership|funds|activities|reporting)\//;

/**
 * Runs in the page before its scripts: counts the fetches under way and notes when anything last
 * changed (a fetch started or ended, the route, the DOM). `window.__ishcWatch.settled()` is then
 * true once nothing is in flight, nothing changed for QUIET_MS and the main content has a heading.
 */
function pageWatcher(quietMs) {
  const watch = { inflight: 0, changedAt: performance.now() };
  const touch = () => {
    watch.changedAt = performance.now();
  };
  const fetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    watch.inflight += 1;
    touch();
    return fetch(...args).finally(() => {
      watch.inflight -= 1;
      touch();
    });
  };
  window.addEventListener("hashchange", touch);
  document.addEventListener("DOMContentLoaded", () =>
    new MutationObserver(touch).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    }),
  );
  watch.settled = () =>
    watch.inflight === 0 &&
    performance.now() - watch.changedAt >= quietMs &&
    document.querySelector("main h1") !== null &&
    document.querySelector("p.loading") === null;
  window.__ishcWatch = watch;
}

export async function watchContext(context) {
  await context.addInitScript(pageWatcher, QUIET_MS);
}

/**
 * Waits until the page has settled; answers when, on the page's clock, it last changed, so a
 * caller can time a navigation up to the moment its content was all there.
 */
export async function settled(page, timeout) {
  await page.waitForFunction(() => window.__ishcWatch?.settled(), null, { timeout, polling: 100 });
  return page.evaluate(() => window.__ishcWatch.changedAt);
}

/** Keeps a page's errors and its last API answers. */
export function recordPage(page, name, records) {
  const record = { name, page, errors: [], answers: [] };
  records.push(record);
  page.on("pageerror", (error) => record.errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(`console: ${message.text()}`);
  });
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!API.test(url.pathname)) return;
    const answer = {
      at: new Date().toISOString(),
      method: response.request().method(),
      url: url.pathname + url.search,
      status: response.status(),
    };
    record.answers.push(answer);
    if (record.answers.length > 15) record.answers.shift();
    if (response.status() >= 400) answer.body = (await response.text().catch(() => "")).slice(0, 400);
  });
  return record;
}

/** On a failure: each open page's address, text and a screenshot, its errors and API answers. */
export async function reportPages(records, log = console.error) {
  for (const { name, page, errors, answers } of records) {
    if (page.isClosed()) continue;
    log(`\n--- page "${name}" at ${page.url()}`);
    const text = await page
      .locator("body")
      .innerText({ timeout: 5_000 })
      .catch((error) => `(no text: ${error.message})`);
    log(text.slice(0, 2_000));
    const shot = path.join(tmpdir(), `ishc-browser-failure-${name}-${Date.now()}.png`);
    await page
      .screenshot({ path: shot, fullPage: true, timeout: 10_000 })
      .then(() => log(`screenshot: ${shot}`))
      .catch((error) => log(`(no screenshot: ${error.message})`));
    for (const error of errors.slice(-10)) log(error);
    log("last API answers:");
    for (const a of answers) log(`  ${a.at} ${a.method} ${a.url} → ${a.status}${a.body ? ` ${a.body}` : ""}`);
  }
}
