import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { finishInterview, measuredDelivery, putDelivery } from "./finished-interview";

const ANSWER =
  "저는 결제 팀에서 정산 배치를 맡았습니다. 월말 정산이 네 시간 걸리는 상황에서 한 시간 안으로 줄이는 것이 과제였고, 인덱스를 더하고 배치를 병렬로 나눠 처리 시간을 75% 줄였습니다.";

const reportRequests = (urls: string[]) =>
  urls.filter((u) => /\/api\/sessions\/[^/]+\/report$/.test(u)).length;

describe("an open report page takes in delivery figures that arrive after the interview", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  }, 300_000); // a loaded machine takes minutes to start the server
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("shows the rebuilt report in place, keeps the reader's place, then stops asking", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await signUpThroughApi(page, server.url, "늦은 분석");
    const session = await finishInterview(page, server.url, {
      language: "ko",
      mode: "voice",
      questionCount: 2,
      text: ANSWER,
    });
    await server.services.queue.drain();

    await page.goto(`${server.url}/report/${session.id}`);
    await page.getByTestId("report-grade").waitFor({ timeout: 60_000 });
    // Built before any delivery: the pace is words over the whole answer time, and the page says more may come.
    await page.locator('[data-testid="report-speech"] [data-pace="whole"]').waitFor();
    await page.getByTestId("report-updating").waitFor();
    expect(await page.getByTestId("report-replay").count()).toBe(0);

    // The reader is down the page, at the questions; nothing may blank the report or jump under them.
    await page.evaluate(() => {
      const article = document.querySelector('[data-testid="report"]') as HTMLElement;
      article.dataset.seen = "before";
      const w = window as unknown as { blanked: boolean };
      w.blanked = false;
      new MutationObserver(() => {
        if (
          !document.querySelector('[data-testid="report"]') ||
          document.querySelector('[data-testid="report-pending"]')
        )
          w.blanked = true;
      }).observe(document.body, { childList: true, subtree: true });
      // Every answer open, so the second question can sit at the top of the window.
      for (const button of document.querySelectorAll<HTMLButtonElement>(
        '[data-testid="report-question"] button[aria-expanded="false"]',
      ))
        button.click();
    });
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="report-question"] button[aria-expanded="false"]'),
    );
    await page.evaluate(() =>
      document.querySelectorAll('[data-testid="report-question"]')[1]?.scrollIntoView(),
    );
    const anchorTop = () =>
      page.evaluate(
        () => document.querySelectorAll('[data-testid="report-question"]')[1]!.getBoundingClientRect().top,
      );
    const before = { top: await anchorTop(), scrollY: await page.evaluate(() => window.scrollY) };
    expect(before.scrollY).toBeGreaterThan(0);
    expect(before.top).toBeLessThan(2);

    for (const questionId of session.answered)
      await putDelivery(page, server.url, session.id, questionId, measuredDelivery("ko"));

    // The server rebuilds the report; the open page picks it up on its own, with no reload.
    await page.locator('[data-testid="report-speech"] [data-pace="voiced"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("report-replay").waitFor();
    expect(
      await page.evaluate(
        () => (document.querySelector('[data-testid="report"]') as HTMLElement).dataset.seen,
      ),
    ).toBe("before");
    expect(await page.evaluate(() => (window as unknown as { blanked: boolean }).blanked)).toBe(false);
    console.log(
      JSON.stringify({
        before,
        after: { top: await anchorTop(), scrollY: await page.evaluate(() => window.scrollY) },
        height: await page.evaluate(() => document.documentElement.scrollHeight),
      }),
    );
    // Content grew above the reader (the replay section); what they read stays where it was on screen.
    expect(Math.abs((await anchorTop()) - before.top)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scrollY);

    // Every answer has its figures and the report has them all: nothing pending, the page stops asking.
    await page.getByTestId("report-updating").waitFor({ state: "detached", timeout: 30_000 });
    const asked = reportRequests(requested);
    await page.waitForTimeout(8_000);
    expect(reportRequests(requested)).toBe(asked);
    await snap(page, "report-late-delivery-ko");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a typed interview's report is asked for once", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await signUpThroughApi(page, server.url, "Typist");
    const session = await finishInterview(page, server.url, {
      language: "en",
      mode: "text",
      questionCount: 1,
      text: "I led the migration of our payment service to a new database and cut latency by forty percent.",
    });
    await server.services.queue.drain();
    await page.goto(`${server.url}/report/${session.id}`);
    await page.getByTestId("report-grade").waitFor({ timeout: 60_000 });
    await page.waitForTimeout(5_000);
    expect(await page.getByTestId("report-updating").count()).toBe(0);
    expect(reportRequests(requested)).toBe(1);
    await context.close();
  });
});
