import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { resumePdf } from "../packages/resume/src/fixtures/resume-pdf";
import { KOREAN_RESUME } from "../packages/resume/src/fixtures/sample-resumes";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, screenshotDir, signUpThroughApi, snap } from "./browser";

describe("resume step before the interview", () => {
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

  it("uploads a Korean resume, shows its skills and projects, and asks about them in the interview", async () => {
    const artifacts = join(screenshotDir, "..", "artifacts");
    mkdirSync(artifacts, { recursive: true });
    const pdfPath = join(artifacts, "resume-ko.pdf");
    writeFileSync(pdfPath, await resumePdf(KOREAN_RESUME));

    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "김민준");

    await page.goto(`${server.url}/interview/new`);
    await page.getByTestId("resume-file-input").setInputFiles(pdfPath);
    await page.getByTestId("resume-ready").waitFor({ timeout: 30_000 });
    const shown = (await page.getByTestId("resume-ready").textContent()) ?? "";
    expect(shown).toContain("Kafka");
    expect(shown).toMatch(/플랫폼|시스템/);
    await snap(page, "resume-ready-ko");
    await page.getByTestId("resume-use").click();

    await page.getByTestId("role-backend").click();
    await page.getByTestId("start-interview").click();
    await page.waitForURL("**/interview/*");
    await page.getByTestId("question-text").waitFor();
    // The interview's plan holds questions built from the resume, asked in the project and technical turns.
    const sessionId = page.url().split("/").at(-1)!;
    const session = await server.services.db.query.interviewSessions.findFirst({
      where: (s, { eq }) => eq(s.id, sessionId),
    });
    expect(session?.plan.some((q) => q.resume && q.text.startsWith("이력서에 적으신"))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
