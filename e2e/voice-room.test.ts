import type { ServerMessage } from "@studio/protocol";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devAnswers } from "../apps/server/test/dev-answers";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { fakeMediaFiles } from "./fake-media";

async function openRoom(page: Page, baseUrl: string, language: "ko" | "en", mode: "voice" | "video") {
  await signUpThroughApi(page, baseUrl, language === "ko" ? "면접자" : "Candidate");
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language, mode, questionCount: 3 },
  });
  const session = await created.json();
  await page.goto(`${baseUrl}/interview/${session.id}/room`);
  await page.getByTestId("voice-room").waitFor();
  return session as { id: string; question: { id: string; text: string; category: string } };
}

/** Highest mouth opening seen on the avatar over `ms`, sampled every animation frame. */
function peakMouthOpening(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const avatar = document.querySelector('[data-testid="avatar"]');
        let peak = 0;
        const end = performance.now() + duration;
        const tick = () => {
          peak = Math.max(peak, Number(avatar?.getAttribute("data-mouth-open") ?? 0));
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(peak);
        };
        tick();
      }),
    ms,
  );
}

describe("the voice interview room", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    // A slow voice, so that a question is still being said when the test cuts in.
    server = await startAppServer({ TTS_ESPEAK_RATE: "90" });
    const media = fakeMediaFiles();
    browser = await launchBrowser([
      "--autoplay-policy=no-user-gesture-required",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${media.video}`,
      `--use-file-for-fake-audio-capture=${media.audio}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  for (const language of ["ko", "en"] as const) {
    it(`follows the server's turn: state, question index and category with no REST call, barge-in heard time, answer scored (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1280, height: 860 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const requests: string[] = [];
      page.on("request", (request) =>
        requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
      );
      const received: ServerMessage[] = [];
      page.on("websocket", (socket) =>
        socket.on("framereceived", ({ payload }) => {
          if (typeof payload === "string") received.push(JSON.parse(payload) as ServerMessage);
        }),
      );
      const session = await openRoom(page, server.url, language, "video");
      const room = page.getByTestId("voice-room");
      const question = page.getByTestId("room-question");

      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="connection-status"]')?.getAttribute("data-status") ===
          "connected",
      );
      await page.waitForFunction(
        (id) =>
          document.querySelector('[data-testid="room-question"]')?.getAttribute("data-question-id") === id,
        session.question.id,
      );
      expect(await question.getAttribute("data-question-index")).toBe("0");
      expect(await question.getAttribute("data-question-category")).toBe(session.question.category);
      const sessionReads = () => requests.filter((r) => r === `GET /api/sessions/${session.id}`).length;
      const readsAtStart = sessionReads();
      await page.waitForFunction(() => document.querySelector('[data-testid="room-submit"]') !== null);
      expect(received.some((m) => m.type === "agent_state" && m.state === "speaking")).toBe(true);
      expect(await page.getByTestId("subtitle-ai").textContent()).toContain(
        session.question.text.slice(0, 8),
      );

      const answer = devAnswers().find((a) => a.language === language && a.overall === 5)!.answer;
      await page.getByTestId("room-answer-input").fill(answer);
      await page.getByTestId("room-submit").click();
      // The next question: thinking, then speaking, each the server's word (agent_state), the mouth moving with the audio.
      const askedNext = (before: string) =>
        page.waitForFunction(
          (id) =>
            document.querySelector('[data-testid="room-question"]')?.getAttribute("data-question-id") !== id,
          before,
          { timeout: 60_000 },
        );
      await askedNext(session.question.id);
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="voice-room"]')?.getAttribute("data-agent-state") ===
          "speaking",
        undefined,
        { timeout: 60_000 },
      );
      expect(received.some((m) => m.type === "agent_state" && m.state === "thinking")).toBe(true);
      // A main question (index 1) or a follow-up (index 0): whichever the socket announced, the room shows.
      const next = received.findLast((m) => m.type === "question");
      if (next?.type !== "question") throw new Error("no question message");
      expect(await question.getAttribute("data-question-id")).toBe(next.question.id);
      expect(await question.getAttribute("data-question-index")).toBe(String(next.question.index));
      expect(await question.getAttribute("data-question-category")).toBe(next.question.category);
      expect(await peakMouthOpening(page, 500)).toBeGreaterThan(0.15);
      const total = Number(await page.getByTestId("room-evaluation-total").textContent());
      expect(total).toBeGreaterThanOrEqual(5);
      expect(total).toBeLessThanOrEqual(25);
      await snap(page, `room-speaking-${language}`);

      // Barge-in: the voice stops, the server says the interviewer listens.
      await page.getByTestId("interrupt-button").click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="voice-room"]')?.getAttribute("data-agent-state") ===
          "listening",
      );
      expect(await room.getAttribute("data-avatar-state")).toBe("listening");
      await page.getByTestId("room-answer-input").fill(answer);
      await page.getByTestId("room-submit").click();
      await askedNext(next.question.id);
      // The room learnt each question, its index and category from the socket alone.
      expect(sessionReads()).toBe(readsAtStart);
      expect(requests.filter((r) => r.startsWith("GET /api/sessions/"))).toHaveLength(readsAtStart);
      expect(await page.getByTestId("latency").count()).toBe(0);
      await snap(page, `room-evaluated-${language}`);

      // How much of the second question the candidate heard is kept with the answer to it.
      const detail = await (await page.request.get(`${server.url}/api/sessions/${session.id}`)).json();
      expect(detail.answers[1].questionId).toBe(next.question.id);
      expect(detail.answers[1].playedMs).toBeGreaterThan(0);
      expect(detail.answers[1].playedMs).toBeLessThan(60_000);

      await page.getByTestId("room-end").click();
      await page.getByTestId("confirm-end").click();
      await page.waitForURL("**/report/*");
      await page.getByTestId("report-grade").waitFor({ timeout: 30_000 });
      expect(errors.filter((e) => !/speech|recogni|audio-capture/i.test(e))).toEqual([]);
      await context.close();
    });

    it(`fits a phone screen (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await openRoom(page, server.url, language, "voice");
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="voice-room"]')?.getAttribute("data-agent-state") ===
          "speaking",
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await snap(page, `room-mobile-${language}`);
      await context.close();
    });
  }

  it("carries on audio-only with a notice when the camera fails", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 860 } });
    await context.addInitScript(() => {
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (constraints) =>
        constraints?.video
          ? Promise.reject(new DOMException("Camera is busy", "NotReadableError"))
          : original(constraints);
    });
    const page = await context.newPage();
    await openRoom(page, server.url, "ko", "video");
    await page.getByTestId("camera-notice").waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="connection-status"]')?.getAttribute("data-status") ===
        "connected",
    );
    await page.getByTestId("room-question").waitFor();
    await snap(page, "room-camera-failed-ko");
    await context.close();
  });
});
