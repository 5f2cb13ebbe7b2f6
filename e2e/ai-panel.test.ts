import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devAnswers } from "../apps/server/test/dev-answers";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { fakeMediaFiles } from "./fake-media";

const MOBILE = { width: 390, height: 844 };

/** Highest mouth opening of each panel member's avatar over `ms`, sampled every animation frame. */
function peakMouths(page: Page, ms: number): Promise<Record<string, number>> {
  return page.evaluate(
    (duration) =>
      new Promise<Record<string, number>>((resolve) => {
        const peaks: Record<string, number> = {};
        const end = performance.now() + duration;
        const tick = () => {
          for (const member of document.querySelectorAll('[data-testid="panel-member"]')) {
            const persona = member.getAttribute("data-persona") ?? "";
            const open = Number(
              member.querySelector('[data-testid="avatar"]')?.getAttribute("data-mouth-open") ?? 0,
            );
            peaks[persona] = Math.max(peaks[persona] ?? 0, open);
          }
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(peaks);
        };
        tick();
      }),
    ms,
  );
}

const activePersona = (page: Page) =>
  page.locator('[data-testid="panel-member"][data-active="true"]').getAttribute("data-persona");

describe("practice with a panel of AI interviewers", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    const media = fakeMediaFiles();
    browser = await launchBrowser([
      "--autoplay-policy=no-user-gesture-required",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-audio-capture=${media.audio}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  for (const language of ["ko", "en"] as const) {
    it(`shows the panel, highlights and lip-syncs the asker, and the report says who asked what (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: MOBILE,
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, language === "ko" ? "면접자" : "Candidate");
      // The setup offers the panel format in the page's language.
      await page.goto(`${server.url}/interview/new`);
      const panelOption = page.locator('[data-testid="setup-format"] option[value="panel"]');
      await panelOption.waitFor({ state: "attached" });
      expect(await panelOption.textContent()).toContain(language === "ko" ? "패널 면접" : "Panel interview");
      const created = await page.request.post(`${server.url}/api/sessions`, {
        data: { language, mode: "voice", format: "panel", questionCount: 3 },
      });
      expect(created.status()).toBe(201);
      const session = (await created.json()) as { id: string; question: { persona: string } };
      await page.goto(`${server.url}/interview/${session.id}/room`);
      const members = page.getByTestId("panel-member");
      await members.first().waitFor();
      expect(await members.count()).toBe(3);
      const names = await members.locator("p.font-bold").allTextContents();
      expect(names).toEqual(
        language === "ko" ? ["이서연", "박준호", "최민수"] : ["Sarah Lee", "Daniel Park", "Michael Choi"],
      );

      await page.locator('[data-testid="panel-member"][data-active="true"]').waitFor();
      expect(await activePersona(page)).toBe(session.question.persona);
      expect(await page.getByTestId("question-asker").getAttribute("data-persona")).toBe(
        session.question.persona,
      );
      // The asker's lips move with its voice; the others keep their mouths shut.
      const peaks = await peakMouths(page, 2500);
      expect(peaks[session.question.persona]).toBeGreaterThan(0.05);
      for (const [persona, peak] of Object.entries(peaks))
        if (persona !== session.question.persona) expect(peak, persona).toBe(0);
      await snap(page, `ai-panel-room-${language}`);

      const answer = devAnswers().find((a) => a.language === language && a.overall === 5)!.answer;
      const turns: { id: string; persona: string | null }[] = [];
      for (let turn = 0; turn < 8 && !page.url().includes("/report/"); turn++) {
        const question = page.getByTestId("room-question");
        const id = (await question.getAttribute("data-question-id")) ?? "";
        if (!id) break;
        turns.push({ id, persona: await activePersona(page) });
        expect(await page.getByTestId("question-asker").getAttribute("data-persona")).toBe(
          turns.at(-1)!.persona,
        );
        await page.getByTestId("room-answer-input").fill(answer);
        await page.getByTestId("room-submit").click();
        await page.waitForFunction(
          (before) =>
            location.pathname.includes("/report/") ||
            (document.querySelector('[data-testid="room-question"]')?.getAttribute("data-question-id") ??
              before) !== before,
          id,
          { timeout: 60_000 },
        );
      }
      // The panel took turns: each of the three asked, and a follow-up stayed with its asker.
      expect(new Set(turns.map((t) => t.persona))).toEqual(new Set(["hr", "tech_lead", "executive"]));
      for (const t of turns.filter((q) => q.id.endsWith("~f")))
        expect(t.persona).toBe(turns.find((q) => `${q.id}~f` === t.id)?.persona);

      await page.getByTestId("report-panel").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("persona-verdict").count()).toBe(3);
      const askers = page.getByTestId("report-question-asker");
      expect(await askers.count()).toBe(turns.length);
      const reported = await askers.evaluateAll((els) => els.map((e) => e.getAttribute("data-persona")));
      expect(reported).toEqual(turns.map((t) => t.persona));
      await snap(page, `ai-panel-report-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
