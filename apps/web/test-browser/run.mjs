#!/usr/bin/env node
/**
 * `npm run test:browser`: the console in a real Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) against the six workers on Miniflare with the demo province (stack.mjs):
 *
 *  - a club board member signs in, uploads a register with one bad row (sees the error beside it,
 *    nothing saved), fixes it, records a meeting, and records a repayment while offline whose
 *    first sync answer is lost: it is sent twice and posted once;
 *  - a commune officer opens the commune's report and downloads the CSV.
 *
 * Screenshots of the main pages (phone and desktop) go to docs/screenshots/ and the timings to
 * apps/web/test-browser/last-run.json. Every wait is bounded; the stack and the browser are
 * stopped whatever happens. CHROMIUM=<path> uses another Chromium.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStack } from "./stack.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const SHOTS = path.join(ROOT, "docs/screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const PASSWORD = "demo-ishc-2025";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TIMEOUT = 20_000;

if (!existsSync(CHROMIUM)) {
  console.error(`test:browser: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(1);
}

const timings = {};
const time = async (name, fn) => {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Date.now() - start;
    console.log(`  ${name}: ${timings[name]} ms`);
  }
};

// The workers' bundles, as the gateway's stack test uses them.
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
const watchdog = setTimeout(() => {
  console.error("test:browser: over 5 minutes, giving up");
  process.exit(1);
}, 300_000);
watchdog.unref();
mkdirSync(SHOTS, { recursive: true });

async function signIn(page, login) {
  await page.goto(`${stack.origin}/`);
  await page.getByLabel(/Tên đăng nhập/).fill(login);
  await page.getByLabel(/Mật khẩu/).fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForFunction(() => !location.hash.startsWith("#/login"), null, { timeout: TIMEOUT });
}

const shot = async (page, name) => {
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: size === "desktop" });
  }
  await page.setViewportSize(DESKTOP);
};

/** The API as the page calls it, with the page's token. */
const apiGet = (page, url) =>
  page.evaluate(async (u) => {
    const session = JSON.parse(localStorage.getItem("ishc.session"));
    const res = await fetch(u, { headers: { authorization: `Bearer ${session.token}` } });
    return res.json();
  }, url);

/** A write through the gateway, as any client makes it (a fresh Idempotency-Key each). */
async function post(token, url, body) {
  const res = await fetch(`${stack.origin}${url}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function loginToken(login) {
  const res = await fetch(`${stack.origin}/membership/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  return (await res.json()).accessToken;
}

/** A loan to repay: the demo club lends to a member (terms, application, approval by the commune, payout). */
async function lendTo(clubId, personId) {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const board = await loginToken("club@langson.demo");
  const officer = await loginToken("officer@langson.demo");
  const terms = await post(board, `/funds/clubs/${clubId}/loan-terms`, {
    effectiveFrom: "2025-01-01",
    minAmount: 500_000,
    maxAmount: 20_000_000,
    termMonths: 12,
    monthlyRateBp: 50,
    method: "flat",
  });
  if (terms.status >= 300) console.log(`  loan terms: ${terms.status} ${terms.body.detail ?? ""}`);
  await post(board, `/funds/clubs/${clubId}/grants`, {
    fund: "revolving",
    source: "association",
    amount: 20_000_000,
    receivedOn: today,
  });
  const applied = await post(board, `/funds/clubs/${clubId}/loans`, {
    personId,
    principal: 3_000_000,
    purpose: "livestock",
    appliedOn: today,
  });
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  const loanId = applied.body.id ?? applied.body.loan?.id;
  const approved = await post(officer, `/funds/loans/${loanId}/approval`, { approvedOn: today });
  assert.ok(approved.status < 300, JSON.stringify(approved.body));
  const paid = await post(board, `/funds/loans/${loanId}/disbursement`, { disbursedOn: today });
  assert.ok(paid.status < 300, JSON.stringify(paid.body));
  return loanId;
}

const SYLLABLES = ["Hoà", "Bình", "Lan", "Mai", "Thảo", "Hùng", "Dũng", "Yến", "Ngọc", "Phúc", "Sơn", "Tâm"];
const someone = (family, middle) =>
  `${family} ${middle} ${SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]}`;
const HEADER =
  "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB";

let failed = false;
try {
  stack = await time("stack start (migrate, seed, six workers)", () => startStack({ log: console.log }));
  browser = await time("chromium launch", () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
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

  // ------------------------------------------------------------ first load, measured on the wire
  const board = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, locale: "vi-VN" });
  board.setDefaultTimeout(TIMEOUT);
  const page = await board.newPage();
  const firstLoad = await time("first load (sign-in page)", async () => {
    const responses = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`${stack.origin}/`, { waitUntil: "networkidle" });
    await page.getByLabel(/Tên đăng nhập/).waitFor();
    page.removeAllListeners("response");
    let bytes = 0;
    for (const r of responses) {
      const sizes = await r.request().sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return { requests: responses.length, bytes };
  });
  console.log(
    `  first load: ${firstLoad.requests} requests, ${(firstLoad.bytes / 1024).toFixed(1)} KiB on the wire`,
  );
  assert.ok(firstLoad.bytes < 150 * 1024, "first load over 150 KiB");
  await shot(page, "sign-in");

  // ------------------------------------------------------------ board: club, register, meeting, repayment
  const club = stack.logins.find((l) => l.login === "club@langson.demo");
  await time("board signs in and sees the club", async () => {
    await signIn(page, club.login);
    await page.getByRole("heading", { level: 1, name: club.orgUnitName }).waitFor();
    await page.locator("table tbody tr").nth(5).waitFor();
  });
  await shot(page, "club");
  const clubId = club.orgUnitId;
  const membersBefore = (await apiGet(page, `/membership/clubs/${clubId}/members?limit=200`)).items.length;

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
    const after = (await apiGet(page, `/membership/clubs/${clubId}/members?limit=200`)).items.length;
    assert.equal(after, membersBefore, "a refused register saved nothing");
  });
  await shot(page, "register-upload-error");
  await time("register upload: fixed and saved", async () => {
    await page.getByLabel(/Nội dung tệp/).fill(bad.replace("03/09/2090", "03/09/1990"));
    await page.getByRole("button", { name: "Kiểm tra và lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu 2 hội viên" }).waitFor();
    const after = (await apiGet(page, `/membership/clubs/${clubId}/members?limit=200`)).items;
    assert.equal(after.length, membersBefore + 2);
    assert.ok(after.some((m) => m.person.fullName === good1));
  });

  await time("record a meeting", async () => {
    await page.goto(`${stack.origin}/#/club/${clubId}/meeting`);
    await page.getByLabel("Nội dung").fill("Sinh hoạt định kỳ: chăm sóc sức khoẻ");
    await page.getByLabel(/Lọc danh sách/).fill(
      good1
        .split(" ")
        .slice(0, 2)
        .join(" ")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, ""),
    );
    await page.getByLabel(good1).check();
    await page.getByLabel(/Lọc danh sách/).fill("");
    await page.locator("fieldset input[type=checkbox]").nth(3).check();
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "với 2 người tham dự" }).waitFor();
  });
  await shot(page, "meeting");

  await time("a loan to repay (set up through the API)", async () => {
    const members = (await apiGet(page, `/membership/clubs/${clubId}/members?limit=200`)).items;
    const borrower = members.find((m) => m.person.fullName === good1);
    await lendTo(clubId, borrower.person.id);
  });

  await time("repayment offline, sent twice, posted once", async () => {
    await page.goto(`${stack.origin}/#/club/${clubId}/funds`);
    const row = page
      .locator("tr[data-loan]")
      .filter({ has: page.getByRole("button", { name: "Ghi trả nợ" }) })
      .first();
    await row.waitFor();
    const loanId = await row.getAttribute("data-loan");
    const before = await apiGet(page, `/funds/loans/${loanId}`);
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

    await page.route("**/funds/sync", async (route) => {
      syncs.push(JSON.parse(route.request().postData()).operations.map((o) => o.idempotencyKey));
      const response = await route.fetch();
      if (syncs.length === 1) await route.abort("connectionreset");
      else await route.fulfill({ response });
    });
    // Back online, the page sends the queue by itself: that first answer is lost, so the write
    // stays queued with its key. "Gửi ngay" is disabled while that send is under way; once it has
    // failed, pressing it sends the same operation again.
    await board.setOffline(false);
    const deadline = Date.now() + TIMEOUT;
    while (syncs.length === 0) {
      assert.ok(Date.now() < deadline, "going back online sent nothing to /funds/sync");
      await page.waitForTimeout(50);
    }
    await queue.getByText("Chờ gửi", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Gửi ngay" }).click();
    await queue.waitFor({ state: "detached" }).catch(async (error) => {
      throw new Error(`${error.message}\nqueue: ${await queue.innerText()}\nsyncs: ${JSON.stringify(syncs)}`);
    });
    assert.equal(syncs.length, 2, "the repayment was sent twice");
    assert.deepEqual(syncs[0], syncs[1], "with the same Idempotency-Key");
    const after = await apiGet(page, `/funds/loans/${loanId}`);
    assert.equal(after.repayments.length, before.repayments.length + 1, "and posted once");
    await page.unroute("**/funds/sync");
  });
  await board.close();

  // ------------------------------------------------------------ officer: the commune report
  const officer = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, locale: "vi-VN" });
  officer.setDefaultTimeout(TIMEOUT);
  const op = await officer.newPage();
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
    const file = await download.path();
    const csv = readFileSync(file, "utf8");
    assert.ok(csv.startsWith("\uFEFF"), "CSV with BOM");
    const header = csv.slice(1).split(/\r?\n/)[0];
    assert.match(header, /Chỉ tiêu/, `a Vietnamese header: ${header}`);
    assert.match(header, /Kỳ báo cáo/, `a Vietnamese header: ${header}`);
    assert.match(csv, /Số hội viên/);
  });
  assert.equal(
    await op.locator("p.loading").count(),
    0,
    "the page's placeholder is gone once the app renders",
  );
  await shot(op, "report");
  await officer.close();
  console.log("test:browser: passed");
} catch (error) {
  failed = true;
  console.error("test:browser: FAILED");
  console.error(error);
} finally {
  await browser?.close().catch(() => {});
  await stack?.stop().catch(() => {});
  writeFileSync(
    path.join(HERE, "last-run.json"),
    `${JSON.stringify({ at: new Date().toISOString(), passed: !failed, timings }, null, 2)}\n`,
  );
  process.exitCode = failed ? 1 : 0;
}
