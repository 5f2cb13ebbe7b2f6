import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { PHONE, widthOf } from "./phone-width";

const TWO_COLUMN_KO = join(import.meta.dirname, "../packages/resume/corpus/pdfs/ko-backend-3y-twocol.pdf");

interface SavedProject {
  name: string;
  period?: string;
  company?: string;
  role?: string;
  technologies: string[];
  results: string[];
}

const savedProjects = async (page: Page, url: string): Promise<SavedProject[]> => {
  const list = await (await page.request.get(`${url}/api/resumes`)).json();
  return list.resumes[0]?.projects ?? [];
};

describe("editing the resume's projects and a timed interview in the browser", () => {
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
    it(`corrects, adds and deletes projects, then starts a 20-minute interview on them (${locale})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 1400 } });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, "이서연");
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("resume-file-input").setInputFiles(TWO_COLUMN_KO);
      await page.getByTestId("resume-ready").waitFor({ timeout: 30_000 });
      const before = await savedProjects(page, server.url);
      expect(before.length).toBeGreaterThan(1);

      // Correct the first project: new name, period, role, a technology and a result.
      const projects = page.getByTestId("resume-project");
      await projects.first().getByTestId("project-edit").click();
      const form = page.getByTestId("project-form");
      await form.getByTestId("project-name").fill("정산 파이프라인 재설계");
      await form.getByTestId("project-period").fill("2022.09 - 2023.03");
      await form.getByTestId("project-role").fill("백엔드 리드");
      await form.getByTestId("project-technologies").fill("Kotlin, Spring Batch, Kafka");
      await form.getByTestId("project-results").fill("정산 처리 시간 4시간 → 35분\n장애 월 5건 → 0건");
      await snap(page, `resume-project-editing-${locale}`);
      await form.getByTestId("project-save").click();
      await expect
        .poll(async () => (await savedProjects(page, server.url))[0])
        .toMatchObject({
          name: "정산 파이프라인 재설계",
          period: "2022.09 - 2023.03",
          role: "백엔드 리드",
          technologies: ["Kotlin", "Spring Batch", "Kafka"],
          results: ["정산 처리 시간 4시간 → 35분", "장애 월 5건 → 0건"],
        });

      // A name is required: the form says so and nothing is saved.
      await page.getByTestId("project-add").click();
      await page.getByTestId("project-save").click();
      await page
        .getByTestId("project-form")
        .getByText(/확인|Check/)
        .waitFor();
      await page.getByTestId("project-name").fill("사내 결제 SDK");
      await page.getByTestId("project-company").fill("한빛페이");
      await page.getByTestId("project-results").fill("연동 기간 2주 → 3일");
      await page.getByTestId("project-save").click();
      await expect
        .poll(async () => (await savedProjects(page, server.url)).at(-1)?.name)
        .toBe("사내 결제 SDK");

      // Delete the second project read from the resume.
      const deleted = before[1]!.name;
      await projects.nth(1).getByTestId("project-delete").click();
      await expect
        .poll(async () => (await savedProjects(page, server.url)).map((p) => p.name))
        .not.toContain(deleted);
      expect((await savedProjects(page, server.url)).length).toBe(before.length);
      await page.getByTestId("resume-projects").getByText("정산 처리 시간 4시간 → 35분").waitFor();
      await snap(page, `resume-projects-edited-${locale}`);

      // A 20-minute interview: the planned count shows, and the session is timed.
      await page.getByTestId("setup-length").selectOption("20");
      expect(await page.getByTestId("question-count").isDisabled()).toBe(true);
      await page.getByTestId("setup-style").selectOption("friendly");
      // Two focus categories: only their questions, the edited projects' among them.
      await page
        .getByTestId("setup-focus")
        .getByText(/프로젝트 경험|Project/)
        .click();
      await page
        .getByTestId("setup-focus")
        .getByText(/^기술$|^Technical$/)
        .click();
      await page.getByTestId("role-backend").click();
      await snap(page, `timed-setup-${locale}`);
      await page.getByTestId("start-interview").click();
      await page.waitForURL("**/interview/*");
      await page.getByTestId("question-text").waitFor();
      const sessionId = page.url().split("/").at(-1)!;
      const detail = await (await page.request.get(`${server.url}/api/sessions/${sessionId}`)).json();
      expect(detail.setup).toMatchObject({ lengthMinutes: 20, style: "friendly", wrappedUp: false });
      const session = await server.services.db.query.interviewSessions.findFirst({
        where: (s, { eq }) => eq(s.id, sessionId),
      });
      const texts = (session?.plan ?? []).map((q) => q.text).join("\n");
      expect(texts).toMatch(/정산 파이프라인 재설계|사내 결제 SDK/);
      expect(texts).not.toContain(deleted);
      expect(new Set(session?.plan.map((q) => q.category))).toEqual(new Set(["project", "technical"]));

      // The report says how the interview was set up, its length included.
      expect((await page.request.post(`${server.url}/api/sessions/${sessionId}/end`)).status()).toBe(200);
      await page.goto(`${server.url}/report/${sessionId}`);
      const line = page.getByTestId("report-setup-line");
      await line.waitFor({ timeout: 60_000 });
      expect(await line.textContent()).toMatch(/20분|20 min/);
      expect(await line.textContent()).toMatch(/친절|Friendly/);
      expect(await line.textContent()).toMatch(
        /집중 연습: 프로젝트 경험, 기술|Focused practice: Project[^,]*, Technical/,
      );
      await snap(page, `report-setup-line-${locale}`);

      // Phone width: the project list and its form fit.
      await page.setViewportSize(PHONE);
      await page.goto(`${server.url}/interview/new`);
      await page.getByTestId("resume-ready").waitFor({ timeout: 30_000 });
      await page.getByTestId("resume-project").first().getByTestId("project-edit").click();
      const width = await widthOf(page);
      expect(width.offenders).toEqual([]);
      await snap(page, `resume-projects-phone-${locale}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
