import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Progress, progressSchema } from "@studio/protocol";
import { PROBLEMS_DIR } from "@studio/sandbox";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bestAndWorst, STRONG_KO_INTRO } from "../apps/server/test/dev-answers";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, snap } from "./browser";

const WEAK = "잘 모르겠습니다.";
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 390, height: 844 };

/** Signs in (signing up first when asked) through the API; the context keeps the session cookie. */
async function signIn(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string },
  signUp = false,
) {
  if (signUp)
    await page.request.post(`${baseUrl}/api/auth/register`, { data: { ...account, name: "김하늘" } });
  const login = await page.request.post(`${baseUrl}/api/auth/login`, { data: account });
  if (login.status() !== 200) throw new Error(`login failed with ${login.status()}`);
}

/**
 * One Korean interview of four questions driven through the API: technical questions (follow-ups
 * included) get a non-answer, the others strong answers, so technical should come out weakest.
 */
async function runInterview(page: Page, baseUrl: string, mode: "text" | "voice" | "video") {
  const { best } = bestAndWorst("ko");
  const strong = (category: string) =>
    category === "intro" ? STRONG_KO_INTRO : (best.find((a) => a.category === category) ?? best[0]!).answer;
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language: "ko", role: "backend", mode, questionCount: 4 },
  });
  const { id, question: first } = await created.json();
  let question: { id: string; category: string } | null = first;
  while (question) {
    const res = await page.request.post(`${baseUrl}/api/sessions/${id}/answers`, {
      data: {
        questionId: question.id,
        text: question.category === "technical" ? WEAK : strong(question.category),
      },
    });
    question = (await res.json()).next;
  }
  await page.request.post(`${baseUrl}/api/sessions/${id}/end`);
  return id as string;
}

async function progressOf(page: Page, baseUrl: string): Promise<Progress> {
  return progressSchema.parse(await (await page.request.get(`${baseUrl}/api/progress`)).json());
}

describe("progress on the dashboard, history and coding list", () => {
  let server: TestServer;
  let browser: Browser;
  const account = {
    email: `progress-${crypto.randomUUID().slice(0, 8)}@example.com`,
    password: "password-123",
  };
  const contexts: BrowserContext[] = [];
  const open = async (locale: "ko" | "en", viewport = DESKTOP) => {
    const context = await browser.newContext({ locale: locale === "ko" ? "ko-KR" : "en-US", viewport });
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  };
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("reads well before any interview, in Korean and English", async () => {
    for (const [locale, viewport] of [
      ["ko", DESKTOP],
      ["en", MOBILE],
    ] as const) {
      const { page, errors } = await open(locale, viewport);
      const fresh = {
        email: `empty-${crypto.randomUUID().slice(0, 8)}@example.com`,
        password: "password-123",
      };
      await signIn(page, server.url, fresh, true);
      await page.goto(`${server.url}/dashboard`);
      await page.getByTestId("weak-spot-empty").waitFor();
      await page.getByTestId("bests-empty").waitFor();
      await page.getByTestId("trend-empty").waitFor();
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).not.toMatch(/—\s*점|—\s*\/\s*25|NaN|undefined/);
      await snap(page, `progress-empty-${locale}-${viewport === DESKTOP ? "desktop" : "mobile"}`);
      expect(errors).toEqual([]);
    }
  });

  it("after five interviews shows per-criterion trends and the weakest category, and practises it in one click", async () => {
    const { page, errors } = await open("ko");
    await signIn(page, server.url, account, true);
    const modes = ["text", "voice", "video", "text", "voice"] as const;
    for (const mode of modes) await runInterview(page, server.url, mode);
    const progress = await progressOf(page, server.url);
    expect(progress.interviews).toBe(5);
    expect(progress.weakestCategory).toBe("technical");

    await page.goto(`${server.url}/dashboard`);
    const trend = page.getByTestId("progress-trend");
    await trend.waitFor();
    expect(await trend.getAttribute("data-points")).toBe("5");
    expect(await page.locator('[data-testid="progress-trend"] .recharts-line').count()).toBe(5);
    // Five interviews on one day: every axis label carries the time, and no two read the same.
    const ticks = await page
      .locator('[data-testid="progress-trend"] .recharts-xAxis-tick-labels text')
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const tick of ticks) expect(tick).toMatch(/\d\d:\d\d/);
    expect(await page.getByTestId("weakest-category").getAttribute("data-category")).toBe("technical");
    expect(await page.getByTestId("weakest-category").textContent()).toBe("기술");
    expect(await page.getByTestId("stat-main-answers").textContent()).toMatch(
      new RegExp(`^${progress.mainAnswers}`),
    );
    const modeLabels = await page.getByTestId("session-mode").allTextContents();
    expect(new Set(modeLabels)).toEqual(new Set(["텍스트 면접", "음성 면접", "화상 면접"]));
    for (const answers of await page.getByTestId("session-answers").allTextContents())
      expect(answers).toMatch(/^4 \/ 4 답변/);
    await snap(page, "progress-dashboard-ko-desktop");
    await page.getByTestId("trend-tab-categories").click();
    expect(await page.locator('[data-testid="progress-trend"] .recharts-line').count()).toBe(
      Object.keys(progress.categoryTrend).length,
    );
    await snap(page, "progress-dashboard-categories-ko-desktop");

    await page.getByTestId("practice-weak-spot").click();
    await page.waitForURL(/\/interview\/[^/]+$/);
    const id = new URL(page.url()).pathname.split("/").at(-1)!;
    const detail = await (await page.request.get(`${server.url}/api/sessions/${id}`)).json();
    expect(detail.question).toMatchObject({ category: "technical", total: 5 });
    await page.getByTestId("question-text").waitFor();
    expect(errors).toEqual([]);
  });

  it("shows the same in English and at phone width", async () => {
    for (const [locale, viewport, name] of [
      ["en", DESKTOP, "en-desktop"],
      ["en", MOBILE, "en-mobile"],
      ["ko", MOBILE, "ko-mobile"],
    ] as const) {
      const { page, errors } = await open(locale, viewport);
      await signIn(page, server.url, account);
      await page.goto(`${server.url}/dashboard`);
      await page.getByTestId("progress-trend").waitFor();
      if (locale === "en") {
        expect(await page.getByTestId("weakest-category").textContent()).toBe("Technical");
        await page.getByRole("button", { name: "Practice weak spot" }).waitFor();
      }
      await snap(page, `progress-dashboard-${name}`);
      expect(errors).toEqual([]);
    }
  });

  it("deletes an interview from the history after a confirmation", async () => {
    const { page, errors } = await open("ko");
    await signIn(page, server.url, account);
    await page.goto(`${server.url}/history`);
    const items = page.getByTestId("session-item");
    await items.first().waitFor();
    const before = await items.count();
    const doomed = (await items.first().getAttribute("data-session-id"))!;
    await snap(page, "progress-history-ko-desktop");
    await items.first().getByTestId("session-delete").click();
    await page.getByRole("dialog").waitFor();
    await page.getByRole("dialog").getByTestId("confirm-end").click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="session-item"]').length === n,
      before - 1,
    );
    expect(await page.locator(`[data-session-id="${doomed}"]`).count()).toBe(0);
    expect((await page.request.get(`${server.url}/api/sessions/${doomed}`)).status()).toBe(404);
    expect(errors).toEqual([]);
  });

  it("marks coding problems solved or attempted with the best verdict", async () => {
    const { page, errors } = await open("en");
    await signIn(page, server.url, account);
    const source = readFileSync(
      join(PROBLEMS_DIR, "two-sum", "submissions", "accepted", "hash_map.py"),
      "utf8",
    );
    const submit = (problemId: string, code: string) =>
      page.request.post(`${server.url}/api/coding/submissions?lang=en`, {
        data: { problemId, language: "python", source: code },
      });
    await submit("two-sum", "print(");
    await submit("two-sum", source);
    await submit("fizzbuzz-count", "print(0)");
    await page.goto(`${server.url}/coding`);
    const solved = page.locator('[data-problem-id="two-sum"]');
    await solved.getByTestId("problem-mark").waitFor();
    expect(await solved.getAttribute("data-status")).toBe("solved");
    expect(await solved.getByTestId("problem-mark").textContent()).toContain("Solved");
    const tried = page.locator('[data-problem-id="fizzbuzz-count"]');
    expect(await tried.getAttribute("data-status")).toBe("attempted");
    expect(await tried.getByTestId("problem-mark").textContent()).toMatch(/1 try.*Wrong answer/i);
    expect(await page.locator('[data-problem-id="reverse-words"]').getAttribute("data-status")).toBe("new");
    await snap(page, "progress-coding-en-desktop");
    await page.goto(`${server.url}/dashboard`);
    expect(await page.getByTestId("coding-marks-summary").textContent()).toBe("1 solved · 1 in progress");
    expect(errors).toEqual([]);
  });
});
