import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { fakeMediaFiles } from "./fake-media";
import { type PausedSpeech, pausedSpeechFile } from "./paused-speech";

const TOLERANCE_MS = 300;

async function recordOneAnswer(
  page: Page,
  baseUrl: string,
  language: "ko" | "en",
  mode: "voice" | "video",
  answer: string,
  holdMs: number,
) {
  await signUpThroughApi(page, baseUrl, language === "ko" ? "면접자" : "Candidate");
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language, mode, questionCount: 1 },
  });
  const session = (await created.json()) as { id: string; question: { id: string } };
  await page.goto(`${baseUrl}/interview/${session.id}/room`);
  await page.getByTestId("voice-room").waitFor();
  await page.getByTestId("record-switch").click();
  // The recording of the answer starts when the question has been asked.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="recording-status"]')?.getAttribute("data-status") === "recording",
    undefined,
    { timeout: 60_000 },
  );
  const notice = page.getByTestId("recognition-notice");
  await notice.waitFor();
  // Debian's Chromium has no speech service behind the API: the room says so, and no false mic alarm.
  expect(await notice.locator("[data-kind]").getAttribute("data-kind")).toBe("none");
  expect(await page.getByTestId("mic-notice").count()).toBe(0);
  await page.waitForTimeout(holdMs);
  await page
    .getByTestId("room-answer-input")
    .fill(answer)
    .catch(async (error: unknown) => {
      await snap(page, `recording-failed-${language}-${mode}`);
      throw error;
    });
  await page.getByTestId("room-submit").click();
  await page.getByTestId("room-evaluation-total").waitFor({ timeout: 90_000 });
  return session;
}

async function endAndOpenReport(page: Page) {
  await page.getByTestId("room-end").click();
  await page.getByTestId("confirm-end").click();
  await page.waitForURL("**/report/*", { timeout: 30_000 });
  await page.getByTestId("report-grade").waitFor({ timeout: 60_000 });
  await page.getByTestId("report-replay").waitFor({ timeout: 30_000 });
}

for (const language of ["ko", "en"] as const) {
  describe(`recording and delivery from a fake microphone (${language})`, () => {
    let server: TestServer;
    let browser: Browser;
    let speech: PausedSpeech;
    beforeAll(async () => {
      server = await startAppServer();
      // Korean as espeak-ng speaks it (a flat voice); English with its middle sentence 10 dB quieter.
      speech = pausedSpeechFile(language, undefined, undefined, language === "ko" ? [1, 1, 1] : [1, 0.32, 1]);
      const media = fakeMediaFiles();
      browser = await launchBrowser([
        "--autoplay-policy=no-user-gesture-required",
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        `--use-file-for-fake-video-capture=${media.video}`,
        `--use-file-for-fake-audio-capture=${speech.file}%noloop`,
      ]);
    }, 400_000); // a loaded machine takes minutes to start the server
    afterAll(async () => {
      await browser?.close();
      await server?.close({ removeData: true });
    });

    it("records the answer, finds the long pauses where the file has them, and replays it on the report", async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      page.on("console", (m) => m.type() !== "error" && console.log("page:", m.text()));
      const answer =
        language === "ko"
          ? "저는 백엔드 개발자로 결제 시스템을 맡았습니다. 응답 시간을 사십 퍼센트 줄였습니다. 그 과정에서 캐시 구조를 바꿨습니다."
          : "I worked as a backend developer on payments. I cut the response time by forty percent. I changed the cache design along the way.";
      const session = await recordOneAnswer(
        page,
        server.url,
        language,
        "voice",
        answer,
        speech.lengthMs - 6000,
      );
      await snap(page, `recording-room-${language}`);

      // The answer went without waiting for the analysis; its delivery follows it to the server.
      const deliveryOf = async () =>
        (await (await page.request.get(`${server.url}/api/sessions/${session.id}`)).json()).answers[0]
          ?.delivery;
      await expect.poll(deliveryOf, { timeout: 60_000 }).toBeTruthy();
      const delivery = await deliveryOf();
      // The file's first word comes `leadMs` in; where the recording began in the file is that offset.
      const offset = delivery.thinkingMs - speech.leadMs;
      expect(offset).toBeGreaterThanOrEqual(-TOLERANCE_MS);
      const found = delivery.pauses.map((p: { startMs: number; endMs: number }) => ({
        startMs: p.startMs - offset,
        endMs: p.endMs - offset,
      }));
      console.log(JSON.stringify({ language, offset, expected: speech.pauses, found, delivery }));
      expect(found).toHaveLength(speech.pauses.length);
      speech.pauses.forEach((expected, i) => {
        expect(Math.abs(found[i].startMs - expected.startMs), `pause ${i} start`).toBeLessThanOrEqual(
          TOLERANCE_MS,
        );
        expect(Math.abs(found[i].endMs - expected.endMs), `pause ${i} end`).toBeLessThanOrEqual(TOLERANCE_MS);
      });
      expect(delivery.rate.unit).toBe(language === "ko" ? "syllables_per_second" : "words_per_minute");
      expect(delivery.rate.value).toBeGreaterThan(0);
      // Loudness over 1 s windows: the flat voice reads as monotone, the one with a quiet sentence as varied.
      if (language === "ko") expect(delivery.loudnessVariation).toBeLessThan(2);
      else expect(delivery.loudnessVariation).toBeGreaterThanOrEqual(2);

      await endAndOpenReport(page);
      const item = page.getByTestId("replay-item").first();
      await item.getByTestId("replay-media").waitFor();
      expect(await item.getByTestId("pause-marker").count()).toBe(speech.pauses.length);
      const markers = await item
        .getByTestId("pause-marker")
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-start-ms"))));
      expect(markers).toEqual(delivery.pauses.map((p: { startMs: number }) => Math.round(p.startMs)));
      // The recording plays: its duration is known and it is the recorded length.
      const duration = await item.getByTestId("replay-media").evaluate(async (el) => {
        const media = el as HTMLMediaElement;
        media.muted = true;
        await media.play();
        await new Promise((r) => setTimeout(r, 800));
        return { time: media.currentTime, paused: media.paused };
      });
      expect(duration.time).toBeGreaterThan(0.2);
      await page.getByTestId("delivery-summary").waitFor();
      // One pace figure, the rate while speaking, named so; the delivery panel does not repeat it.
      const pace = page.getByTestId("report-speech").locator("[data-pace]");
      expect(await pace.count()).toBe(1);
      expect(await pace.getAttribute("data-pace")).toBe("voiced");
      expect(await page.getByTestId("delivery-summary").locator('[data-figure="rate"]').count()).toBe(0);
      expect(await item.getByTestId("delivery-figures").textContent()).toMatch(/\d/);
      expect(
        await page
          .getByTestId("delivery-summary")
          .locator('[data-figure="loudness"]')
          .getAttribute("data-verdict"),
      ).toBe(language === "ko" ? "monotone" : "varied");
      // Benchmarks and their sources read in the page's language.
      const rateBenchmark = await page
        .getByTestId("delivery-summary")
        .locator('[data-metric="rate"]')
        .textContent();
      expect(rateBenchmark).toMatch(language === "ko" ? /음절/ : /syllables|wpm/);
      if (language === "ko") expect(rateBenchmark).not.toMatch(/syllables|Issue/);
      await snap(page, `recording-report-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    }, 400_000);

    if (language === "en") {
      it("a video interview records video from the camera", async () => {
        const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await recordOneAnswer(
          page,
          server.url,
          "en",
          "video",
          "I led the payments team and cut latency by forty percent.",
          3000,
        );
        await endAndOpenReport(page);
        const media = page.getByTestId("replay-item").first().getByTestId("replay-media");
        await media.waitFor();
        expect(await media.evaluate((el) => el.tagName)).toBe("VIDEO");
        const size = await media.evaluate(
          (el) =>
            new Promise<{ w: number; h: number }>((resolve) => {
              const video = el as HTMLVideoElement;
              const done = () => resolve({ w: video.videoWidth, h: video.videoHeight });
              if (video.readyState >= 1) done();
              else video.addEventListener("loadedmetadata", done, { once: true });
            }),
        );
        expect(size.w).toBeGreaterThan(0);
        expect(size.h).toBeGreaterThan(0);
        await snap(page, "recording-report-video-en");
        await context.close();
      }, 400_000);
    }
  });
}
