import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

/** Interviews answered alike: every criterion gets the same score, the case where lines used to overlap. */
async function sameScoreInterview(page: import("playwright-core").Page, baseUrl: string) {
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language: "ko", role: "backend", mode: "text", questionCount: 3 },
  });
  const { id, question: first } = await created.json();
  let question: { id: string } | null = first;
  while (question) {
    const res = await page.request.post(`${baseUrl}/api/sessions/${id}/answers`, {
      data: { questionId: question.id, text: "잘 모르겠습니다." },
    });
    question = (await res.json()).next;
  }
  await page.request.post(`${baseUrl}/api/sessions/${id}/end`);
}

describe("the criterion trend chart", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("draws every criterion's line apart, with its own marker and dash, when the scores are equal", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "김하늘");
    for (let i = 0; i < 3; i++) await sameScoreInterview(page, server.url);
    const progress = await (await page.request.get(`${server.url}/api/progress`)).json();
    // The premise: at the latest interview several criteria have the same score.
    const latest = Object.values(progress.byCriterion as Record<string, { value: number }[]>).map(
      (points) => points.at(-1)?.value,
    );
    expect(new Set(latest).size).toBeLessThan(latest.length);

    await page.goto(`${server.url}/dashboard`);
    const chart = page.getByTestId("progress-trend");
    await chart.locator(".recharts-line-curve").first().waitFor({ state: "attached", timeout: 30_000 });
    const lines = await chart
      .locator(".recharts-line-curve")
      .evaluateAll((paths) =>
        paths.map((p) => ({ d: p.getAttribute("d"), dash: p.getAttribute("stroke-dasharray") ?? "" })),
      );
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((l) => l.d)).size, "no two lines drawn on the same path").toBe(5);
    expect(new Set(lines.map((l) => l.dash)).size, "each line has its own dash").toBe(5);
    const markers = await chart.locator(".recharts-line-dots .recharts-symbols").count();
    expect(markers).toBe(5 * 3);
    // The legend names each criterion with its latest (true) score.
    const legend = (await chart.locator(".recharts-legend-wrapper").textContent()) ?? "";
    for (const value of latest) expect(legend).toContain(String(value));
    await snap(page, "trend-chart-ties-ko");
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
