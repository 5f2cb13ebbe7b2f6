import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, snap } from "./browser";

const LABELS = {
  ko: { email: "이메일", password: "비밀번호", name: "이름", logout: "로그아웃", newInterview: "새 면접" },
  en: {
    email: "Email",
    password: "Password",
    name: "Name",
    logout: "Log out",
    newInterview: "New interview",
  },
} as const;

describe("accounts in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  for (const language of ["ko", "en"] as const) {
    it(`signs up, logs out, logs in and sees the dashboard (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1280, height: 800 },
      });
      const page: Page = await context.newPage();
      const errors = collectPageErrors(page);
      const label = LABELS[language];
      const email = `e2e-${language}-${Date.now()}@example.com`;

      await page.goto(`${server.url}/`);
      await expect(page.locator("html")).toBeDefined();
      await page.getByTestId("start-interview-cta").first().waitFor();
      await snap(page, `home-${language}`);

      await page.goto(`${server.url}/signup`);
      await page.getByLabel(label.email).fill(email);
      await page.getByLabel(label.password).fill("password-123");
      await page.getByLabel(label.name, { exact: true }).fill(language === "ko" ? "김하늘" : "Sky Kim");
      await snap(page, `signup-${language}`);
      await page.getByTestId("signup-submit").click();
      await page.waitForURL("**/dashboard");
      await page.getByTestId("new-interview").first().waitFor();
      expect(await page.textContent("body")).toContain(language === "ko" ? "김하늘" : "Sky Kim");

      await page.getByRole("button", { name: label.logout }).first().click();
      await page.waitForURL(`${server.url}/`);

      await page.goto(`${server.url}/login`);
      await page.getByLabel(label.email).fill(email);
      await page.getByLabel(label.password).fill("wrong-password");
      await page.getByTestId("login-submit").click();
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("alert").textContent()).toMatch(
        language === "ko" ? /올바르지 않습니다/ : /incorrect/i,
      );
      await snap(page, `login-error-${language}`);

      await page.getByLabel(label.password).fill("password-123");
      await page.getByTestId("login-submit").click();
      await page.waitForURL("**/dashboard");
      await page.getByTestId("new-interview").first().waitFor();
      expect(await page.getByTestId("new-interview").first().textContent()).toContain(label.newInterview);
      await snap(page, `dashboard-${language}`);
      expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
      await context.close();
    });
  }

  it("sends a signed-out visitor from the dashboard to the login page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.waitForURL("**/login**");
    await page.close();
  });
});
