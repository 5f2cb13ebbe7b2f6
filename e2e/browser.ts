import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const screenshotDir = fileURLToPath(new URL("./screenshots", import.meta.url));

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with nothing reaching the network on its own. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

/** Saves a full-page screenshot under e2e/screenshots (git-ignored) for a person to look at. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Chromium's full-page capture can draw a sticky header mid-page; pin it to the top for the shot.
  const pinned = await page.addStyleTag({ content: "header.sticky { position: static !important; }" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  await pinned.evaluate((style) => (style as HTMLStyleElement).remove());
  return path;
}

/** Fails the test on any uncaught page error or console error, which a user would see as a broken page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

/** Signs a new candidate up and in through the API; the page's context keeps the session cookie. */
export async function signUpThroughApi(page: Page, baseUrl: string, name: string): Promise<void> {
  const body = {
    email: `e2e-${crypto.randomUUID().slice(0, 8)}@example.com`,
    password: "password-123",
    name,
  };
  await page.request.post(`${baseUrl}/api/auth/register`, { data: body });
  const login = await page.request.post(`${baseUrl}/api/auth/login`, { data: body });
  if (login.status() !== 200) throw new Error(`login failed with ${login.status()}`);
}
