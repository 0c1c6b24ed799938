#!/usr/bin/env node
/**
 * `npm run test:browser`: the console in a real Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) against the six workers on Miniflare with the demo province (stack.mjs):
 *
 *  - the first load's bytes on the wire, held to the 150 KiB budget;
 *  - a club board member signs in, uploads a register with one bad row (sees the error beside
 *    it; the API shows nothing saved), fixes it, records a meeting whose token expires mid-form
 *    (signs in again and comes back to the form as it was), and records a repayment while
 *    offline whose first sync answer is lost: sent twice, posted once (checked through the API);
 *  - a commune officer opens the commune's report and downloads the CSV (BOM, header, a figure);
 *  - axe-core on every route of the console, for every demo role, at phone and desktop width:
 *    any serious or critical violation fails (a11y.mjs);
 *  - each page reached on a slow-3G connection, timed (weak-network.mjs; figures, not asserted).
 *
 * Data is set up and checked through the typed client (@ishc/client, api.mjs). Screenshots of the
 * main pages and the timings go to a temporary folder (printed at the end); with `--record` they
 * replace docs/screenshots/ and apps/web/test-browser/last-run.json. Every wait
 * is on a selector, an event or the page settling (watch.mjs), each bounded; on a failure the
 * open pages' text, screenshots, errors and last API answers are printed with the workers' last
 * log lines. CHROMIUM=<path> uses another Chromium.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { checkPage, crawlAndCheck, formatViolations, routesInSource, unvisited } from "./a11y.mjs";
import { apiAs, clubMembers, expiredCopyOf, lendTo, loanById, pageToken, signInApi } from "./api.mjs";
import { startStack } from "./stack.mjs";
import { recordPage, reportPages, settled, watchContext } from "./watch.mjs";
import { measureSlow3G } from "./weak-network.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
/** Only `--record` writes into the repository; a plain run leaves the tree as it found it. */
const RECORD = process.argv.includes("--record");
const OUT = RECORD ? null : path.join(tmpdir(), "ishc-console-run");
const SHOTS = OUT ? path.join(OUT, "screenshots") : path.join(ROOT, "docs/screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const PASSWORD = "demo-ishc-2025";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const VIEWPORTS = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
];
/** Any one wait, on a loaded 2-core machine. */
const TIMEOUT = 30_000;
/** Any one wait on the emulated slow-3G connection. */
const SLOW_TIMEOUT = 120_000;
const FIRST_LOAD_BUDGET = 150 * 1024;

if (!existsSync(CHROMIUM)) {
  console.error(`test:browser: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(1);
}

const timings = {};
const results = {};
const time = async (name, fn) => {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Date.now() - start;
    console.log(`  ${name}: ${timings[name]} ms`);
  }
};

// The workers' bundles, as the system tests (packages/system-tests) use them.
await time("build", async () => {
  const build = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/turbo/bin/turbo"),
      "run",
      "build",
      "--filter=./apps/*",
      "--output-logs=errors-only",
    ],
    { cwd: ROOT, stdio: "inherit", timeout: 600_000, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  assert.equal(build.status, 0, "building the workers failed");
});

let stack;
let browser;
const pages = [];
const watchdog = setTimeout(() => {
  console.error("test:browser: over 15 minutes, giving up");
  process.exit(1);
}, 900_000);
watchdog.unref();
mkdirSync(SHOTS, { recursive: true });

async function newPage(name) {
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, locale: "vi-VN" });
  context.setDefaultTimeout(TIMEOUT);
  await watchContext(context);
  const page = await context.newPage();
  recordPage(page, name, pages);
  return { context, page };
}

async function signIn(page, login) {
  if (!page.url().includes("#/login")) await page.goto(`${stack.origin}/`);
  await page.getByLabel(/Tên đăng nhập/).fill(login);
  await page.getByLabel(/Mật khẩu/).fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForFunction(() => !location.hash.startsWith("#/login"), null, { timeout: TIMEOUT });
}

const shot = async (page, name) => {
  for (const [size, viewport] of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: size === "desktop" });
  }
  await page.setViewportSize(DESKTOP);
};

/** The typed client with the page's session (its token stays valid for 15 minutes). */
const apiOfPage = async (page) => apiAs(stack.origin, await pageToken(page));

const SYLLABLES = ["Hoà", "Bình", "Lan", "Mai", "Thảo", "Hùng", "Dũng", "Yến", "Ngọc", "Phúc", "Sơn", "Tâm"];
const someone = (family, middle) =>
  `${family} ${middle} ${SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]}`;
const HEADER =
  "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB";
const withoutMarks = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

let failed = false;
try {
  stack = await time("stack start (migrate, seed, six workers)", () => startStack({ log: console.log }));
  browser = await time("chromium launch", () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 60_000,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // playwright-core gives the browser a fresh --user-data-dir of its own each launch.
      ],
    }),
  );
  const a11y = { viewports: VIEWPORTS, timeout: TIMEOUT, found: [], checked: [] };

  // ------------------------------------------------------------ first load, measured on the wire
  const { context: board, page } = await newPage("board");
  const firstLoad = await time("first load (sign-in page)", async () => {
    const responses = [];
    const onResponse = (r) => responses.push(r);
    page.on("response", onResponse);
    await page.goto(`${stack.origin}/`);
    await page.getByLabel(/Tên đăng nhập/).waitFor();
    await settled(page, TIMEOUT);
    page.off("response", onResponse);
    let bytes = 0;
    for (const r of responses) {
      const sizes = await r.request().sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return { requests: responses.length, bytes };
  });
  results.firstLoad = firstLoad;
  console.log(
    `  first load: ${firstLoad.requests} requests, ${(firstLoad.bytes / 1024).toFixed(1)} KiB on the wire`,
  );
  assert.ok(
    firstLoad.bytes <= FIRST_LOAD_BUDGET,
    `first load ${(firstLoad.bytes / 1024).toFixed(1)} KiB, over the ${FIRST_LOAD_BUDGET / 1024} KiB budget`,
  );
  await checkPage(page, "signed out /login", a11y);
  await shot(page, "sign-in");

  // ------------------------------------------------------------ board: club, register, meeting, repayment
  const club = stack.logins.find((l) => l.login === "club@langson.demo");
  const clubId = club.orgUnitId;
  await time("board signs in and sees the club", async () => {
    await signIn(page, club.login);
    await page.getByRole("heading", { level: 1, name: club.orgUnitName }).waitFor();
    await page.locator("table tbody tr").nth(5).waitFor();
  });
  await shot(page, "club");
  const boardApi = await apiOfPage(page);
  const membersBefore = (await clubMembers(boardApi, clubId)).length;

  const good1 = someone("Nguyễn", "Thị");
  const good2 = someone("Hoàng", "Văn");
  const bad = `${HEADER}\n${good1},Nữ,12/04/1958,Tày,Cận nghèo,2024,Có,0912 345 678,15/03/2021\n${good2},Nam,03/09/2090,Nùng,Không,,Không,,15/03/2021\n`;
  await time("register upload: one bad row refused, nothing saved", async () => {
    await page.getByRole("link", { name: "Tải lên danh sách hội viên (CSV)" }).click();
    await page
      .getByLabel(/Chọn tệp CSV/)
      .setInputFiles({ name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bad}`) });
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    await page.getByRole("alert").filter({ hasText: "Chưa lưu dòng nào" }).waitFor();
    const badRows = page.locator("tr.bad");
    assert.equal(await badRows.count(), 1);
    assert.equal(await badRows.first().getAttribute("data-line"), "3");
    assert.match(
      await badRows.first().locator("td.error").innerText(),
      /birthDate|Ngày sinh|ngày|future|tương lai/i,
    );
    assert.equal(
      (await clubMembers(boardApi, clubId)).length,
      membersBefore,
      "a refused register saved nothing",
    );
  });
  await shot(page, "register-upload-error");
  await time("register upload: fixed and saved", async () => {
    await page.getByLabel(/Nội dung tệp/).fill(bad.replace("03/09/2090", "03/09/1990"));
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu 2 hội viên" }).waitFor();
    const after = await clubMembers(boardApi, clubId);
    assert.equal(after.length, membersBefore + 2);
    assert.ok(after.some((m) => m.person.fullName === good1));
  });

  const topic = "Sinh hoạt định kỳ: chăm sóc sức khoẻ";
  await time("record a meeting; the token expires mid-form, signing in again keeps it", async () => {
    await page.goto(`${stack.origin}/#/club/${clubId}/meeting`);
    await page.getByLabel("Nội dung").fill(topic);
    await page.getByLabel(/Lọc danh sách/).fill(withoutMarks(good1.split(" ").slice(0, 2).join(" ")));
    await page.getByLabel(good1).check();
    await page.getByLabel(/Lọc danh sách/).fill("");
    const second = page.locator("fieldset input[type=checkbox]").nth(3);
    await second.check();
    const secondId = await second.getAttribute("id");
    // The session runs out while the form is open: the save goes with the token as it is 15
    // minutes on, and the service refuses it.
    const expired = expiredCopyOf(await pageToken(page), stack.jwtSecret);
    let refused = 0;
    await page.route("**/membership/clubs/*/meetings", async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      refused += 1;
      await route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${expired}` } });
    });
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Phiên làm việc đã hết hạn").waitFor();
    await page.unroute("**/membership/clubs/*/meetings");
    assert.equal(refused, 1);
    assert.match(page.url(), /#\/login\?next=/);
    await signIn(page, club.login);
    await page.getByRole("heading", { level: 1, name: "Ghi buổi sinh hoạt" }).waitFor();
    assert.equal(await page.getByLabel("Nội dung").inputValue(), topic, "the topic typed before is kept");
    await page.getByLabel(good1).waitFor();
    assert.ok(await page.getByLabel(good1).isChecked(), "the attendees ticked before are kept");
    assert.ok(await page.locator(`[id="${secondId}"]`).isChecked());
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "với 2 người tham dự" }).waitFor();
  });
  await shot(page, "meeting");

  const officerApi = await signInApi(stack.origin, "officer@langson.demo", PASSWORD);
  await time("a loan to repay (set up through the typed client)", async () => {
    const borrower = (await clubMembers(boardApi, clubId)).find((m) => m.person.fullName === good1);
    await lendTo({ board: boardApi, officer: officerApi }, clubId, borrower.person.id);
  });

  await time("repayment offline, sent twice, posted once", async () => {
    await page.goto(`${stack.origin}/#/club/${clubId}/funds`);
    const row = page
      .locator("tr[data-loan]")
      .filter({ has: page.getByRole("button", { name: "Ghi trả nợ" }) })
      .first();
    await row.waitFor();
    const loanId = await row.getAttribute("data-loan");
    const before = await loanById(boardApi, loanId);
    await shot(page, "funds");
    await row.getByRole("button", { name: "Ghi trả nợ" }).click();
    await board.setOffline(true);
    await page.getByLabel("Số tiền (đồng)").fill("50.000");
    await page.getByRole("button", { name: "Ghi trả nợ" }).last().click();
    const queue = page.getByTestId("queue");
    await queue.getByText("Chờ gửi", { exact: true }).waitFor();
    assert.match(await queue.innerText(), /50\.000\s₫/);
    await shot(page, "funds-offline-queue");

    // The first sync reaches the service but its answer is lost; the second gets the replay.
    const syncs = [];
    let firstSyncSettled;
    const firstSync = new Promise((resolve) => {
      firstSyncSettled = resolve;
    });
    await page.route("**/funds/sync", async (route) => {
      syncs.push(JSON.parse(route.request().postData()).operations.map((o) => o.idempotencyKey));
      const response = await route.fetch();
      if (syncs.length === 1) {
        await route.abort("connectionreset");
        firstSyncSettled();
      } else await route.fulfill({ response });
    });
    // Back online, the page sends the queue by itself: that first answer is lost, so the write
    // stays queued with its key. "Gửi ngay" is disabled while that send is under way; once it has
    // failed, pressing it sends the same operation again.
    await board.setOffline(false);
    let waited;
    await Promise.race([
      firstSync,
      new Promise((_, reject) => {
        waited = setTimeout(
          () => reject(new Error("going back online sent nothing to /funds/sync")),
          TIMEOUT,
        );
      }),
    ]).finally(() => clearTimeout(waited));
    await queue.getByText("Chờ gửi", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Gửi ngay" }).click();
    await queue.waitFor({ state: "detached" }).catch(async (error) => {
      throw new Error(`${error.message}\nqueue: ${await queue.innerText()}\nsyncs: ${JSON.stringify(syncs)}`);
    });
    assert.equal(syncs.length, 2, "the repayment was sent twice");
    assert.deepEqual(syncs[0], syncs[1], "with the same Idempotency-Key");
    const after = await loanById(boardApi, loanId);
    assert.equal(after.repayments.length, before.repayments.length + 1, "and posted once");
    await page.unroute("**/funds/sync");
  });
  await board.close();

  // ------------------------------------------------------------ officer: the commune report
  const { context: officer, page: op } = await newPage("officer");
  await time("officer opens the commune report and downloads the CSV", async () => {
    await signIn(op, "officer@langson.demo");
    await op.getByRole("heading", { level: 2, name: "Câu lạc bộ" }).waitFor();
    await op.locator("ul.plain li a").nth(1).waitFor();
    await shot(op, "clubs");
    await op.getByRole("link", { name: "Báo cáo" }).click();
    await op.getByLabel(/Kỳ báo cáo/).fill("2025-05");
    await op.getByRole("button", { name: "Xem" }).click();
    await op.getByRole("cell", { name: "Số hội viên", exact: false }).first().waitFor();
    const [download] = await Promise.all([
      op.waitForEvent("download"),
      op.getByRole("button", { name: "Tải CSV" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = readFileSync(await download.path(), "utf8");
    assert.ok(csv.startsWith("\uFEFF"), "CSV with BOM");
    const [header, ...lines] = csv.slice(1).split(/\r?\n/);
    assert.match(header, /Chỉ tiêu/, `a Vietnamese header: ${header}`);
    assert.match(header, /Kỳ báo cáo/, `a Vietnamese header: ${header}`);
    // The member count the page shows is the one in the file.
    const shown = await op.getByRole("row").filter({ hasText: "Số hội viên" }).first().innerText();
    const members = lines.find((line) => line.includes("Số hội viên"));
    assert.ok(members, "a line for the number of members");
    const figure = shown.match(/\d[\d.]*/)?.[0]?.replace(/\./g, "");
    assert.ok(figure && Number(figure) > 0, `a member count on the page: ${shown}`);
    assert.ok(
      members.split(/[,;]/).some((cell) => cell.replace(/"/g, "") === figure),
      `${figure} in: ${members}`,
    );
    results.csv = { header, members };
  });
  assert.equal(
    await op.locator("p.loading").count(),
    0,
    "the page's placeholder is gone once the app renders",
  );
  await shot(op, "report");
  await officer.close();

  // ------------------------------------------------------------ every route, every role: axe
  const sourceRoutes = routesInSource(path.join(ROOT, "apps/web/ui"));
  const visited = new Set();
  const officerPages = [];
  await time("accessibility: every route, every role, phone and desktop", async () => {
    for (const login of stack.logins) {
      const { context, page: p } = await newPage(login.role);
      await signIn(p, login.login);
      await settled(p, TIMEOUT);
      const seen = await crawlAndCheck(p, login.role, stack.origin, a11y);
      for (const [template] of seen) visited.add(template);
      if (login.login === "officer@langson.demo") officerPages.push(...seen.map(([, hash]) => hash));
      await context.close();
    }
  });
  results.routes = { inSource: sourceRoutes, visited: [...visited].sort() };
  results.accessibility = { checked: a11y.checked.length, violations: a11y.found };
  console.log(
    `  axe: ${a11y.checked.length} page views checked over ${visited.size} routes; ${a11y.found.length} serious or critical violations`,
  );
  if (a11y.found.length > 0) console.log(formatViolations(a11y.found));

  // ------------------------------------------------------------ slow 3G
  const slow = await time("slow 3G: first load, sign in and each page", () =>
    measureSlow3G(browser, {
      origin: stack.origin,
      viewport: PHONE,
      timeout: SLOW_TIMEOUT,
      signIn: (p) => signIn(p, "officer@langson.demo"),
      steps: officerPages.map((hash) => [
        hash,
        (p) => p.goto(`${stack.origin}/${hash}`, { timeout: SLOW_TIMEOUT }),
      ]),
    }),
  );
  results.slow3G = slow;
  for (const [name, ms] of Object.entries(slow)) console.log(`    ${name}: ${ms} ms`);

  assert.deepEqual(
    unvisited(sourceRoutes, [...visited]),
    [],
    "routes in apps/web/ui that no role's links reach",
  );
  assert.equal(a11y.found.length, 0, `accessibility violations:\n${formatViolations(a11y.found)}`);
  console.log("test:browser: passed");
} catch (error) {
  failed = true;
  console.error("test:browser: FAILED");
  console.error(error);
  await reportPages(pages).catch((e) => console.error(`(no page report: ${e.message})`));
  if (stack) console.error(`\n--- the workers' last log lines\n${stack.recentLogs().join("\n")}`);
} finally {
  await browser?.close().catch(() => {});
  await stack?.stop().catch(() => {});
  writeFileSync(
    path.join(OUT ?? HERE, "last-run.json"),
    `${JSON.stringify({ at: new Date().toISOString(), passed: !failed, timings, ...results }, null, 2)}\n`,
  );
  console.log(
    `test:browser: screenshots and timings in ${OUT ?? "docs/screenshots and apps/web/test-browser"}`,
  );
  process.exitCode = failed ? 1 : 0;
}
