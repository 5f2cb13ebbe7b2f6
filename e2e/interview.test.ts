import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devAnswers } from "../apps/server/test/dev-answers";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

const CRITERIA_LABELS = {
  ko: ["구체성", "논리성", "기술 이해도", "STAR", "전달력"],
  en: ["Specificity", "Logic", "Technical", "STAR", "Communication"],
};

/** Answers the question on screen like a candidate: skip the preparation, type, submit, read the score. */
async function answerCurrentQuestion(page: Page, text: string) {
  const question = await page.getByTestId("question-text").textContent();
  const skip = page.getByTestId("skip-prep");
  if (await skip.isVisible()) await skip.click();
  await page.getByTestId("answer-input").fill(text);
  await page.getByTestId("submit-answer").click();
  return question ?? "";
}

describe("a whole interview in the browser", () => {
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
    it(`runs nine questions with follow-ups and ends on a report with grade, radar and STAR (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, language === "ko" ? "이지원" : "Jiwon Lee");

      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("role-backend").click();
      await page.getByTestId(`language-${language}`).click();
      await snap(page, `new-interview-${language}`);
      await page.getByTestId("start-interview").click();
      await page.waitForURL("**/interview/*");
      await page.getByTestId("question-text").waitFor();
      await snap(page, `question-prep-${language}`);

      const answers = devAnswers().filter((a) => a.language === language);
      // Alternate weak and strong answers so the interviewer has reasons to follow up.
      const ordered = [...answers].sort((a, b) => a.overall - b.overall);
      let followUps = 0;
      let asked = 0;
      for (; asked < 30; asked++) {
        const text = ordered[asked % ordered.length]!.answer;
        await answerCurrentQuestion(page, text);
        const panel = page.getByTestId("evaluation-panel");
        const next = page.getByTestId("next-question");
        // The last answer's evaluation stays on screen until the candidate opens the report.
        const outcome = await Promise.race([
          next.waitFor().then(() => "next" as const),
          page
            .getByTestId("see-report")
            .waitFor()
            .then(() => "last" as const),
        ]);
        if (outcome === "last") {
          await panel.waitFor();
          await page.getByTestId("see-report").click();
          await page.waitForURL("**/report/*");
          break;
        }
        await panel.waitFor();
        const total = Number(await page.getByTestId("evaluation-total").textContent());
        expect(total).toBeGreaterThanOrEqual(5);
        expect(total).toBeLessThanOrEqual(25);
        if (asked === 1) {
          const panelText = (await panel.textContent()) ?? "";
          for (const label of CRITERIA_LABELS[language]) expect(panelText).toContain(label);
          // Bank questions show what a strong answer covers, each point marked covered or missed.
          expect(await page.getByTestId("talking-points").locator("li").count()).toBeGreaterThanOrEqual(3);
          await snap(page, `evaluation-${language}`);
        }
        await next.click();
        await page.getByTestId("question-text").waitFor();
        if (await page.getByTestId("follow-up-badge").isVisible()) {
          followUps++;
          if (followUps === 1) await snap(page, `follow-up-${language}`);
        }
      }
      expect(asked).toBeGreaterThanOrEqual(8);
      expect(followUps).toBeGreaterThan(0);

      await page.getByTestId("report-grade").waitFor({ timeout: 30_000 });
      expect(await page.getByTestId("report-grade").textContent()).toMatch(/^[SABCD]$/);
      await page.getByTestId("report-radar").locator("svg").first().waitFor();
      const star = (await page.getByTestId("report-star").textContent()) ?? "";
      expect(star).toMatch(language === "ko" ? /상황/ : /Situation/);
      expect(await page.getByTestId("report-question").count()).toBe(asked + 1);
      await snap(page, `report-${language}`);

      await page.emulateMedia({ media: "print" });
      await snap(page, `report-print-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const language of ["ko", "en"] as const) {
    it(`ends an interview answered with one story repeated on grade C or D that says why (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, language === "ko" ? "반복하는 지원자" : "Repeating Candidate");
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("role-backend").click();
      await page.getByTestId(`language-${language}`).click();
      await page.getByTestId("start-interview").click();
      await page.waitForURL("**/interview/*");
      const story = devAnswers().find((a) => a.language === language && a.overall === 5)!.answer;
      for (let asked = 0; asked < 30; asked++) {
        await page.getByTestId("question-text").waitFor();
        await answerCurrentQuestion(page, story);
        const outcome = await Promise.race([
          page
            .getByTestId("next-question")
            .waitFor()
            .then(() => "next" as const),
          page
            .getByTestId("see-report")
            .waitFor()
            .then(() => "last" as const),
        ]);
        if (asked === 2) {
          // By the third answer the story is a repeat: the panel says so in plain words.
          await page.getByTestId("substance-notices").waitFor();
          expect(await page.locator('[data-flag="repeated_answer"]').count()).toBe(1);
          await snap(page, `evaluation-repeated-${language}`);
        }
        if (outcome === "last") {
          await page.getByTestId("see-report").click();
          break;
        }
        await page.getByTestId("next-question").click();
      }
      await page.waitForURL("**/report/*");
      await page.getByTestId("report-grade").waitFor({ timeout: 30_000 });
      expect(await page.getByTestId("report-grade").textContent()).toMatch(/^[CD]$/);
      const body = (await page.locator("main").textContent()) ?? "";
      expect(body).toMatch(
        language === "ko" ? /같은 답변을 \d+개 질문에 되풀이함/ : /same answer to \d+ questions/,
      );
      const second = page.getByTestId("report-question").nth(1);
      await second.locator("button").first().click();
      await second.getByTestId("report-talking-points").waitFor();
      await snap(page, `report-repeated-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
