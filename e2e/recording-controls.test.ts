import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { fakeMediaFiles } from "./fake-media";

/** What this browser holds in IndexedDB for a session: the question ids with a recording. */
const deviceRecordings = (page: Page, sessionId: string) =>
  page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("studio-recordings", 1);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore("recordings", { keyPath: "key" });
        open.onsuccess = () => {
          const all = open.result.transaction("recordings").objectStore("recordings").getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(
              (all.result as { sessionId: string; questionId: string }[])
                .filter((r) => r.sessionId === id)
                .map((r) => r.questionId),
            );
          };
        };
      }),
    sessionId,
  );

const status = (page: Page) =>
  page
    .getByTestId("recording-status")
    .getAttribute("data-status", { timeout: 1000 })
    .catch(() => null);

async function startInterview(page: Page, baseUrl: string, language: "ko" | "en", mode: "voice" | "video") {
  await signUpThroughApi(page, baseUrl, language === "ko" ? "면접자" : "Candidate");
  const created = await page.request.post(`${baseUrl}/api/sessions`, {
    data: { language, mode, questionCount: 2 },
  });
  const session = (await created.json()) as { id: string };
  await page.goto(`${baseUrl}/interview/${session.id}/room`);
  await page.getByTestId("voice-room").waitFor();
  return session.id;
}

/** Waits until a question other than `previous` is asked and returns its id. */
async function openQuestion(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const id = document.querySelector('[data-testid="room-question"]')?.getAttribute("data-question-id");
      return !!id && id !== prev;
    },
    previous,
    { timeout: 90_000 },
  );
  return (await page.getByTestId("room-question").getAttribute("data-question-id"))!;
}

async function answer(page: Page, text: string) {
  await page.getByTestId("room-answer-input").fill(text);
  await page.getByTestId("room-submit").click();
}

async function endAndOpenReport(page: Page) {
  await page.getByTestId("room-end").click();
  await page.getByTestId("confirm-end").click();
  await page.waitForURL("**/report/*", { timeout: 30_000 });
  await page.getByTestId("report-replay").waitFor({ timeout: 60_000 });
}

describe("recording controls, keeping on the server and honest recognition in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (language: "ko" | "en", init?: () => void) => {
    const context = await browser.newContext({
      locale: language === "ko" ? "ko-KR" : "en-US",
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  };

  beforeAll(async () => {
    server = await startAppServer();
    const media = fakeMediaFiles();
    browser = await launchBrowser([
      "--autoplay-policy=no-user-gesture-required",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${media.video}`,
      `--use-file-for-fake-audio-capture=${media.audio}`,
    ]);
  }, 400_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("records only while the switch is on, keeps an answer on the server, and deleting the interview deletes its recordings", async () => {
    const { page, errors } = await open("ko");
    const sessionId = await startInterview(page, server.url, "ko", "voice");
    // No recognizer in this browser: the control says so, never that the microphone is broken.
    const mic = page.getByTestId("mic-state");
    await expect.poll(() => mic.getAttribute("data-state"), { timeout: 30_000 }).toBe("noRecognition");
    expect(await mic.textContent()).toBe("음성 인식 없음");
    expect(await page.getByTestId("room-controls").textContent()).not.toContain("마이크 사용 불가");

    const first = await openQuestion(page, null);
    await page.getByTestId("record-switch").click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe("recording");
    // Switched off during the answer: this answer's recording is dropped, not kept.
    await page.getByTestId("record-switch").click();
    expect(await page.getByTestId("recording-status").count()).toBe(0);
    await answer(page, "저는 결제 시스템을 맡아 응답 시간을 사십 퍼센트 줄였습니다.");

    const second = await openQuestion(page, first);
    await page.getByTestId("record-switch").click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe("recording");
    await page.waitForTimeout(2500);
    await answer(page, "캐시 구조를 바꾸고 느린 쿼리를 찾아 고쳤습니다.");
    await expect.poll(() => deviceRecordings(page, sessionId), { timeout: 30_000 }).toEqual([second]);
    await snap(page, "recording-controls-room-ko");
    await endAndOpenReport(page);

    const item = (questionId: string) =>
      page.locator(`[data-testid="replay-item"][data-question-id="${questionId}"]`);
    await item(second).getByTestId("replay-media").waitFor();
    expect(await item(first).getByTestId("no-recording").count()).toBe(1);
    expect(await deviceRecordings(page, sessionId)).toEqual([second]);

    // Keep it on the server: the candidate agrees first.
    await item(second).getByTestId("keep-on-server").click();
    await page.getByRole("dialog").getByTestId("confirm-end").click();
    await item(second).getByTestId("delete-server-recording").waitFor();
    const path = `${server.url}/api/sessions/${sessionId}/answers/${second}/recording`;
    expect((await page.request.get(path)).status()).toBe(200);
    await snap(page, "recording-controls-report-ko");

    // Deleting the interview takes the server copy and this device's copy.
    await page.goto(`${server.url}/history`);
    await page.locator(`[data-session-id="${sessionId}"]`).getByTestId("session-delete").click();
    await page.getByRole("dialog").getByTestId("confirm-end").click();
    await page.locator(`[data-session-id="${sessionId}"]`).waitFor({ state: "detached" });
    await expect.poll(() => deviceRecordings(page, sessionId), { timeout: 10_000 }).toEqual([]);
    expect((await page.request.get(path)).status()).toBe(404);
    expect(errors).toEqual([]);
  }, 400_000);

  it("replays a video kept on the server as video once this device's copy is gone, and says when keeping fails", async () => {
    const { page } = await open("en");
    const sessionId = await startInterview(page, server.url, "en", "video");
    const question = await openQuestion(page, null);
    await page.getByTestId("record-switch").click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe("recording");
    await page.waitForTimeout(3000);
    await answer(page, "I led the payments team and cut latency by forty percent.");
    await expect.poll(() => deviceRecordings(page, sessionId), { timeout: 30_000 }).toEqual([question]);
    await endAndOpenReport(page);
    const item = page.locator(`[data-testid="replay-item"][data-question-id="${question}"]`);
    await item.getByTestId("replay-media").waitFor();

    // The network fails during the upload: the page says so and nothing is claimed kept.
    await page.route("**/recording", (route) =>
      route.request().method() === "PUT" ? route.abort("connectionfailed") : route.continue(),
    );
    await item.getByTestId("keep-on-server").click();
    await page.getByRole("dialog").getByTestId("confirm-end").click();
    await page.getByTestId("replay-error").waitFor();
    expect(await page.getByTestId("replay-error").textContent()).toMatch(/connect|network/i);
    expect(await item.getByTestId("delete-server-recording").count()).toBe(0);
    await page.unroute("**/recording");

    await item.getByTestId("keep-on-server").click();
    await page.getByRole("dialog").getByTestId("confirm-end").click();
    await item.getByTestId("delete-server-recording").waitFor();
    expect(await page.getByTestId("replay-error").count()).toBe(0);
    await item.getByTestId("delete-local-recording").click();
    await expect.poll(() => deviceRecordings(page, sessionId)).toEqual([]);
    // Played from the server now, and still a video.
    const media = item.getByTestId("replay-media");
    await expect.poll(() => media.getAttribute("src")).toContain(`/answers/${question}/recording`);
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
    await snap(page, "recording-controls-server-video-en");
  }, 400_000);

  it("uses an on-device recognizer at once, with processLocally set", async () => {
    const { page, errors } = await open("en", () => {
      const started: { processLocally?: boolean; lang: string }[] = [];
      (window as unknown as { __started: typeof started }).__started = started;
      class OnDevice {
        lang = "";
        continuous = false;
        interimResults = false;
        maxAlternatives = 1;
        processLocally?: boolean;
        onresult = null;
        onerror = null;
        onend = null;
        onspeechstart = null;
        static available() {
          return Promise.resolve("available");
        }
        start() {
          started.push({ processLocally: this.processLocally, lang: this.lang });
        }
        stop() {}
        abort() {}
      }
      (window as unknown as { SpeechRecognition: unknown }).SpeechRecognition = OnDevice;
    });
    await startInterview(page, server.url, "en", "voice");
    const notice = page.getByTestId("recognition-notice").locator("[data-kind]");
    await expect.poll(() => notice.getAttribute("data-kind"), { timeout: 30_000 }).toBe("on-device");
    await openQuestion(page, null);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __started: unknown[] }).__started.length))
      .toBeGreaterThan(0);
    const started = await page.evaluate(() => (window as unknown as { __started: unknown[] }).__started);
    expect(started[0]).toEqual({ processLocally: true, lang: "en-US" });
    expect(await page.getByTestId("mic-state").getAttribute("data-state")).toBe("ready");
    expect(errors).toEqual([]);
  }, 400_000);

  it("asks before the browser's cloud recognizer hears anything, and starts it only after consent", async () => {
    const { page, errors } = await open("ko", () => {
      const started: { processLocally?: boolean }[] = [];
      (window as unknown as { __started: typeof started }).__started = started;
      // Google Chrome: the recognizer is there, but only in the cloud for this language.
      Object.defineProperty(navigator, "userAgentData", {
        get: () => ({ brands: [{ brand: "Google Chrome", version: "140" }] }),
      });
      class Cloud {
        lang = "";
        continuous = false;
        interimResults = false;
        maxAlternatives = 1;
        processLocally?: boolean;
        onresult = null;
        onerror = null;
        onend = null;
        onspeechstart = null;
        static available() {
          return Promise.resolve("unavailable");
        }
        start() {
          started.push({ processLocally: this.processLocally });
        }
        stop() {}
        abort() {}
      }
      // Chromium has its own unprefixed constructor too: both names are this one.
      Object.assign(window, { SpeechRecognition: Cloud, webkitSpeechRecognition: Cloud });
    });
    await startInterview(page, server.url, "ko", "voice");
    const notice = page.getByTestId("recognition-notice");
    await expect
      .poll(() => notice.locator("[data-kind]").getAttribute("data-kind"), { timeout: 30_000 })
      .toBe("cloud");
    expect(await notice.textContent()).toContain("Google");
    await openQuestion(page, null);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __started: unknown[] }).__started.length)).toBe(
      0,
    );
    expect(await page.getByTestId("mic-state").getAttribute("data-state")).toBe("needsConsent");
    expect(await page.getByTestId("ptt-button").isDisabled()).toBe(true);
    await snap(page, "recording-controls-cloud-ask-ko");

    await page.getByTestId("cloud-consent").click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __started: unknown[] }).__started.length))
      .toBeGreaterThan(0);
    const started = await page.evaluate(() => (window as unknown as { __started: unknown[] }).__started);
    expect(started[0]).toEqual({});
    expect(await page.getByTestId("mic-state").getAttribute("data-state")).toBe("ready");
    expect(errors).toEqual([]);
  }, 400_000);
});
