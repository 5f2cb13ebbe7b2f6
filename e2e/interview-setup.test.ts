import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

const INTRO = {
  ko: "안녕하세요. 김민준입니다. 잘 부탁드립니다.",
  en: "Hello, my name is Minjun Kim. Nice to meet you.",
};

describe("interview setup on a phone: packs and the one-minute introduction", () => {
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
    it(`picks a 인성 pack, then practises a one-minute introduction with its own feedback (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, "박지호");
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("setup-pack").selectOption("personality");
      await page.getByTestId("setup-pack").scrollIntoViewIfNeeded();
      await snap(page, `setup-pack-mobile-${language}`);
      expect(await page.getByTestId("setup-pack").textContent()).toMatch(
        language === "ko" ? /인성 면접/ : /Personality/,
      );

      await page.getByTestId("setup-format").selectOption("intro_1min");
      await page.getByTestId("intro-format-hint").waitFor();
      expect(await page.getByTestId("setup-pack").count()).toBe(0);
      await page.getByTestId(`language-${language}`).click();
      await page.getByTestId("setup-format").scrollIntoViewIfNeeded();
      await snap(page, `setup-intro-mobile-${language}`);
      await page.getByTestId("start-interview").click();
      await page.waitForURL("**/interview/*");
      await page.getByTestId("question-text").waitFor();
      const sessionId = page.url().split("/").at(-1)!;
      const detail = await (await page.request.get(`${server.url}/api/sessions/${sessionId}`)).json();
      expect(detail.setup.format).toBe("intro_1min");
      expect(detail.answerTimeLimitSec).toBe(60);

      const skip = page.getByTestId("skip-prep");
      if (await skip.isVisible()) await skip.click();
      await page.getByTestId("answer-input").fill(INTRO[language]);
      await page.getByTestId("submit-answer").click();
      const feedback = page.getByTestId("self-intro-feedback");
      await feedback.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId("self-intro-length").getAttribute("data-verdict")).toBe("too_short");
      expect(await feedback.locator('[data-check="opening"]').getAttribute("data-passed")).toBe("false");
      expect(await feedback.textContent()).toMatch(language === "ko" ? /1분 자기소개 점검/ : /One-minute/);
      await feedback.scrollIntoViewIfNeeded();
      await snap(page, `self-intro-feedback-mobile-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
