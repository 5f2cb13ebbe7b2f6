import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, screenshotDir, signUpThroughApi, snap } from "./browser";

const TWO_COLUMN_KO = join(import.meta.dirname, "../packages/resume/corpus/pdfs/ko-backend-3y-twocol.pdf");
const POSTING =
  "(주)한빛페이 백엔드 개발자\n[자격 요건]\n- Kotlin, Spring Boot 실무 3년\n- Kafka 운영 경험\n[우대 사항]\n- Elasticsearch 경험";

const ANSWER =
  "정산 배치 개선 때 Spring Boot 배치를 Kotlin으로 다시 짜면서 처리 시간을 4시간에서 50분으로 줄였습니다. " +
  "병목은 건별 조회였고, 청크 단위 조회와 병렬 스텝으로 바꿨습니다. 결과는 매일 대시보드로 확인했습니다.";

describe("tailored interview in the browser", () => {
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

  for (const locale of ["ko-KR", "en-US"]) {
    it(`two-column resume, a pasted posting, advanced and pressure (${locale})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 1400 } });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, "이서연");
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("resume-file-input").setInputFiles(TWO_COLUMN_KO);
      await page.getByTestId("resume-ready").waitFor({ timeout: 30_000 });
      expect((await page.getByTestId("resume-ready").textContent()) ?? "").toContain("정산 배치 개선");
      // Correct the chips: a skill goes, a missed one is added; each change is saved on the server.
      const skills = page.getByTestId("resume-skills");
      const wrong = ((await skills.locator("li").first().textContent()) ?? "").replace("×", "").trim();
      await skills.locator("li").first().getByRole("button").click();
      await skills.getByRole("textbox").fill("ClickHouse");
      await skills.getByRole("button", { name: /추가|Add/ }).click();
      await skills.getByText("ClickHouse").waitFor();
      const savedSkills = async () => {
        const list = await (await page.request.get(`${server.url}/api/resumes`)).json();
        return list.resumes[0].skills as string[];
      };
      await expect.poll(savedSkills).toContain("ClickHouse");
      expect(await savedSkills()).not.toContain(wrong);
      expect(await page.getByTestId("resume-use").getAttribute("aria-pressed")).toBe("true");
      await snap(page, `resume-chips-corrected-${locale}`);
      await page.getByTestId("posting-text").fill(POSTING);
      await page.getByTestId("setup-difficulty").selectOption("advanced");
      await page.getByTestId("setup-style").selectOption("pressure");
      await page.getByTestId("role-backend").click();
      await snap(page, `tailored-setup-${locale}`);
      await page.getByTestId("start-interview").click();
      await page.waitForURL("**/interview/*");
      await page.getByTestId("question-text").waitFor();
      const sessionId = page.url().split("/").at(-1)!;
      const session = await server.services.db.query.interviewSessions.findFirst({
        where: (s, { eq }) => eq(s.id, sessionId),
      });
      // Selected without pressing anything: the resume step chose the uploaded resume.
      expect(session?.resumeId).toBeTruthy();
      expect(session).toMatchObject({ difficulty: "advanced", style: "pressure" });
      expect(session?.postingId).toBeTruthy();
      const texts = session?.plan.map((q) => q.text) ?? [];
      expect(texts.some((text) => text.includes("정산 배치 개선"))).toBe(true);
      expect(texts.some((text) => /공고|posting/.test(text))).toBe(true);
      await snap(page, `tailored-first-question-${locale}`);
      // Answer every question (follow-ups too) through the API, then read the report's posting fit.
      let next: { id: string } | null = (
        await (await page.request.get(`${server.url}/api/sessions/${sessionId}`)).json()
      ).question;
      for (let turn = 0; next && turn < 30; turn++) {
        const reply = await page.request.post(`${server.url}/api/sessions/${sessionId}/answers`, {
          data: { questionId: next.id, text: ANSWER },
        });
        expect(reply.status()).toBe(200);
        next = (await reply.json()).next;
      }
      await page.goto(`${server.url}/report/${sessionId}`);
      const fit = page.getByTestId("report-posting-fit");
      await fit.waitFor({ timeout: 60_000 });
      expect(await fit.textContent()).toContain("Kafka");
      expect(await page.getByTestId("report-setup").textContent()).toMatch(/고급|Advanced/);
      await fit.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotDir, `tailored-report-fit-${locale}.png`) });
      // The next interview starts from the same resume, with the corrections kept.
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("resume-ready").waitFor({ timeout: 30_000 });
      expect(await page.getByTestId("resume-ready").textContent()).toMatch(/지난번|last time/);
      expect(await page.getByTestId("resume-skills").textContent()).toContain("ClickHouse");
      await page.getByTestId("resume-another").click();
      await page.getByTestId("resume-file-input").waitFor({ state: "attached" });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
