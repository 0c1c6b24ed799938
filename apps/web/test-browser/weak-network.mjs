/**
 * The console on a weak connection: Chrome DevTools Protocol network emulation at "slow 3G"
 * (400 kbit/s each way, 400 ms round trip), cache on as on a phone. Measures, from a cold start,
 * the first load until the sign-in form shows, then signing in and each later page until its
 * content is all there (its API calls answered and drawn). Figures only: nothing here asserts a
 * time.
 */
import { settled, watchContext } from "./watch.mjs";

export const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};

/**
 * Times one navigation within the page (the console routes by its address's hash): from the
 * moment it starts until the page last changed before settling, on the page's own clock.
 */
async function timed(page, navigate, timeout) {
  const start = await page.evaluate(() => performance.now());
  await navigate();
  return Math.round((await settled(page, timeout)) - start);
}

/**
 * `steps`: [address, navigate(page)] after the first load and sign-in, each ending on a page whose
 * content shows once settled. Answers { name: ms } and the bytes the first load took.
 */
export async function measureSlow3G(browser, { origin, signIn, steps, viewport, timeout }) {
  const context = await browser.newContext({ viewport, locale: "vi-VN" });
  context.setDefaultTimeout(timeout);
  await watchContext(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  const figures = {};
  try {
    await page.goto(`${origin}/`, { timeout });
    // A new document's clock starts with its navigation.
    figures["first load: sign-in form"] = Math.round(await settled(page, timeout));
    figures["sign in: first page"] = await timed(page, () => signIn(page), timeout);
    for (const [hash, navigate] of steps) {
      // The page already shown (where signing in lands) is timed above.
      if ((new URL(page.url()).hash || "#/") === hash) continue;
      figures[hash] = await timed(page, () => navigate(page), timeout);
    }
  } finally {
    await context.close();
  }
  return figures;
}
