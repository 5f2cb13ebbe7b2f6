import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whiteboardRounds } from "../apps/server/src/db/schema";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

const MINUTE = 60_000;

/** The timer's "mm:ss" in minutes, or null once it says the time is up. */
async function minutesLeft(page: Page): Promise<number | null> {
  const text = (await page.getByTestId("whiteboard-timer").textContent()) ?? "";
  const match = /(\d+):(\d\d)/.exec(text);
  return match ? Number(match[1]) + Number(match[2]) / 60 : null;
}

describe("the system-design round's clock in the browser", () => {
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

  /** As if the candidate had opened the round `ms` ago. */
  const startedAgo = (sessionId: string, ms: number) =>
    server.services.db
      .update(whiteboardRounds)
      .set({ startedAt: new Date(Date.now() - ms) })
      .where(eq(whiteboardRounds.sessionId, sessionId));

  async function openRound(page: Page, language: "ko" | "en", minutes: number) {
    const created = await page.request.post(`${server.url}/api/sessions`, {
      data: { language, role: "backend", questionCount: 2, systemDesignMinutes: minutes },
    });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${server.url}/whiteboard/url-shortener?session=${id}`);
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.waitForLoadState("networkidle");
    return id;
  }
  const reload = async (page: Page) => {
    await page.reload();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
  };
  const insert = async (page: Page, kind: string) => {
    await page.locator(`[data-testid="whiteboard-palette"] [data-kind="${kind}"]`).click();
    await page.keyboard.press("Escape");
  };

  it("keeps counting from the round's start across reloads, then locks the board when time is up (ko)", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "시계 확인");
    const id = await openRound(page, "ko", 20);
    const deadline = await page.getByTestId("whiteboard-timer").getAttribute("data-deadline");
    expect(await minutesLeft(page)).toBeGreaterThan(19);
    for (const kind of ["client", "api_server", "database"]) await insert(page, kind);
    await expect
      .poll(() => page.getByTestId("whiteboard-save-state").getAttribute("data-status"), { timeout: 15_000 })
      .toBe("saved");

    // A reload opens the same round: the deadline stays where it was.
    await reload(page);
    const again = await page.getByTestId("whiteboard-timer").getAttribute("data-deadline");
    expect(Math.abs(Date.parse(again ?? "") - Date.parse(deadline ?? ""))).toBeLessThan(2000);
    // The server's start counts, not the page's: twelve minutes in, about eight are left.
    await startedAgo(id, 12 * MINUTE);
    await reload(page);
    const left = await minutesLeft(page);
    expect(left).toBeGreaterThan(7);
    expect(left).toBeLessThanOrEqual(8);
    await snap(page, "whiteboard-round-clock-ko");

    // The bell rings on this page: the board locks, and its last state is analysed once, as it stands.
    await startedAgo(id, 20 * MINUTE - 4000);
    await reload(page);
    expect(await page.getByTestId("whiteboard-canvas").getAttribute("data-read-only")).toBe("false");
    const banner = page.getByTestId("whiteboard-time-up");
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain("마지막으로 자동 저장된 보드가 이 라운드의 결과로 남으며");
    expect(await page.getByTestId("whiteboard-canvas").getAttribute("data-read-only")).toBe("true");
    expect(await page.getByTestId("whiteboard-palette").count()).toBe(0);
    expect(await page.getByTestId("whiteboard-analyze").isDisabled()).toBe(true);
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain("그대로 분석했습니다");
    expect(await page.getByTestId("whiteboard-analysis").textContent()).toContain("구성 요소 3개");
    expect(await page.getByTestId("whiteboard-timer").textContent()).toContain("시간이 끝났습니다");
    await snap(page, "whiteboard-time-up-ko");

    // Past the grace the server refuses more: the board kept is the last one autosaved in time.
    await startedAgo(id, 21 * MINUTE);
    const late = await page.request.put(`${server.url}/api/whiteboard/drafts`, {
      data: { problemId: "url-shortener", sessionId: id, scene: { elements: [] } },
    });
    expect(late.status()).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe("ROUND_CLOSED");
    await reload(page);
    await page.getByTestId("whiteboard-time-up").waitFor();
    expect(await page.getByTestId("whiteboard-canvas").getAttribute("data-read-only")).toBe("true");
    const draft = await page.request.get(`${server.url}/api/whiteboard/drafts/url-shortener?sessionId=${id}`);
    const kept = ((await draft.json()) as { scene: { elements: { type: string }[] } }).scene.elements;
    expect(kept.filter((e) => e.type !== "text")).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says so in English when the round is over, and another account on the browser gets its own board", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "Clock Checker");
    // Practice (no interview): drawn and kept in this browser.
    await page.goto(`${server.url}/whiteboard/chat`);
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.waitForLoadState("networkidle");
    await insert(page, "client");
    await expect
      .poll(() => page.getByTestId("whiteboard-save-state").getAttribute("data-status"), { timeout: 15_000 })
      .toBe("saved");
    const id = await openRound(page, "en", 30);
    await startedAgo(id, 31 * MINUTE);
    await reload(page);
    const banner = page.getByTestId("whiteboard-time-up");
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      "Time is up. The last autosaved board is kept as this round's result",
    );
    expect(await page.getByTestId("whiteboard-timer").textContent()).toBe("Time is up");
    await snap(page, "whiteboard-time-up-en");

    // A second account signs in on the same browser: the first one's local copy is not its board.
    await page.request.post(`${server.url}/api/auth/logout`);
    await signUpThroughApi(page, server.url, "Second Person");
    await page.goto(`${server.url}/whiteboard/chat`);
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByTestId("whiteboard-analyze").click();
    await expect.poll(() => page.getByTestId("whiteboard-analysis").textContent()).toContain("0 components");
    expect(errors).toEqual([]);
    await context.close();
  });
});
