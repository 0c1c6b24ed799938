#!/usr/bin/env node
/**
 * Screenshots of the console's pages at phone (390×844) and desktop (1280×800) width into
 * docs/screenshots/<page>-phone.png and -desktop.png, against the six workers on Miniflare with
 * the demo province (stack.mjs), in Debian's Chromium (CHROMIUM=<path> for another). Not a test:
 * each page is only waited for (bounded) before its picture; `npm run test:browser` checks the
 * flows. Run `npx turbo run build --filter=./apps/*` first (test:browser does).
 *
 *   node apps/web/test-browser/screenshots.mjs
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStack } from "./stack.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.resolve(HERE, "../../../docs/screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const PASSWORD = "demo-ishc-2025";
const SIZES = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
];
const TIMEOUT = 20_000;

if (!existsSync(CHROMIUM)) {
  console.error(`screenshots: no Chromium at ${CHROMIUM}`);
  process.exit(1);
}
const watchdog = setTimeout(() => {
  console.error("screenshots: over 5 minutes, giving up");
  process.exit(1);
}, 300_000);
watchdog.unref();
mkdirSync(SHOTS, { recursive: true });

const stack = await startStack({ log: console.log });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
let failed = false;
try {
  const token = async (login) => {
    const res = await fetch(`${stack.origin}/membership/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login, password: PASSWORD }),
    });
    return (await res.json()).accessToken;
  };
  const get = async (bearer, url) =>
    (await fetch(`${stack.origin}${url}`, { headers: { authorization: `Bearer ${bearer}` } })).json();

  async function signedIn(login) {
    const context = await browser.newContext({ viewport: SIZES[1][1], locale: "vi-VN" });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${stack.origin}/`);
    await page.getByLabel(/Tên đăng nhập/).fill(login);
    await page.getByLabel(/Mật khẩu/).fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForFunction(() => !location.hash.startsWith("#/login"));
    return page;
  }

  /** Opens `hash`, waits for `ready` (a locator maker), then shoots it at both widths. */
  async function shoot(page, name, hash, ready, before) {
    await page.goto(`${stack.origin}/#${hash}`);
    await ready(page).first().waitFor();
    if (before) await before(page);
    for (const [size, viewport] of SIZES) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(100);
      await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: size === "desktop" });
    }
    await page.setViewportSize(SIZES[1][1]);
    console.log(`  ${name}`);
  }

  const board = stack.logins.find((l) => l.login === "club@langson.demo");
  const clubId = board.orgUnitId;
  const boardToken = await token("club@langson.demo");
  const meetings = await get(boardToken, `/membership/clubs/${clubId}/meetings?limit=1`);
  // A loan with a schedule: the first active one in the officer's commune.
  const officerToken = await token("officer@langson.demo");
  let loan;
  for (const club of (await get(officerToken, "/membership/clubs?limit=200")).items) {
    loan = (await get(officerToken, `/funds/clubs/${club.id}/loans`)).items.find(
      (l) => l.status === "active",
    );
    if (loan) break;
  }

  const officer = await signedIn("officer@langson.demo");
  await shoot(officer, "org-tree", "/tree", (p) => p.locator("details.unit"));
  if (loan)
    await shoot(officer, "loan-schedule", `/loan/${loan.id}`, (p) => p.locator("tbody tr[data-instalment]"));
  await shoot(officer, "activities", `/unit/${clubId}/activities`, (p) => p.locator("tbody tr"));

  const page = await signedIn("club@langson.demo");
  await shoot(
    page,
    "member-form-errors",
    `/club/${clubId}/member`,
    (p) => p.getByLabel("Họ và tên"),
    async (p) => {
      await p.getByLabel("Họ và tên").fill("Nguyễn Thị Hoà");
      await p.getByLabel("Giới tính").selectOption("female");
      await p.getByLabel(/^Ngày sinh/).fill("12/03/1952");
      await p.getByLabel("Hộ nghèo, cận nghèo").selectOption("none");
      await p.getByLabel("Số điện thoại").fill("12345");
      await p.getByLabel(/^Ngày vào CLB/).fill("01/01/1950");
      await p.getByRole("button", { name: "Lưu" }).click();
      await p.locator(".field-error").first().waitFor();
    },
  );
  await shoot(page, "meetings", `/club/${clubId}/meetings`, (p) => p.locator("tbody tr"));
  await shoot(
    page,
    "health-checks",
    `/meeting/${meetings.items[0].id}`,
    (p) => p.locator("tbody tr input"),
    async (p) => {
      const inputs = p.locator("tbody tr").first().locator("input");
      await inputs.nth(0).fill("120");
      await inputs.nth(1).fill("130");
      await p.getByRole("button", { name: "Lưu kết quả đo" }).click();
      await p.locator("tbody .field-error").first().waitFor();
    },
  );
  await shoot(
    page,
    "record-activity",
    `/unit/${clubId}/activities/new?kind=labour`,
    (p) => p.getByLabel("Loại ghi chép"),
    async (p) => {
      await p.locator("fieldset input[type=checkbox]").nth(0).check();
      await p.locator("fieldset input[type=checkbox]").nth(1).check();
    },
  );
  // An expired token: the sign-in page says why, and the form comes back after it.
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem("ishc.session"));
    session.token = `${session.token.split(".").slice(0, 2).join(".")}.expired`;
    localStorage.setItem("ishc.session", JSON.stringify(session));
  });
  await page.reload();
  await shoot(page, "expired-sign-in", `/club/${clubId}/meetings`, (p) =>
    p.getByText(/Phiên làm việc đã hết hạn/),
  );

  const viewer = await signedIn("viewer@langson.demo");
  await shoot(viewer, "viewer-club", `/club/${clubId}`, (p) => p.locator("table tbody tr"));
  await shoot(viewer, "viewer-person-page", `/club/${clubId}/member`, (p) =>
    p.getByText(/Tài khoản xem chỉ thấy/),
  );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  await stack.stop();
}
process.exit(failed ? 1 : 0);
