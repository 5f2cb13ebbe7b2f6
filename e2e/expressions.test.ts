import { type ExpressionSample, OFF_CENTRE_LIMIT } from "@studio/protocol";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { MAX_INTERVAL_MS } from "../apps/web/src/camera/analysis-rate";
import { headMovement } from "../packages/interview/src/expressions/head-movement";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { expressionVideo, SEGMENT_SECONDS, SEGMENTS } from "./expression-video";
import { fakeMediaFiles } from "./fake-media";

interface Traffic {
  urls: string[];
  bodies: string[];
  framesSent: Array<string | Buffer>;
}

/** Every request the page makes and every WebSocket frame it sends, for the privacy checks. */
function recordTraffic(page: Page): Traffic {
  const traffic: Traffic = { urls: [], bodies: [], framesSent: [] };
  page.on("request", (request) => {
    traffic.urls.push(request.url());
    const body = request.postDataBuffer();
    if (body) traffic.bodies.push(body.toString("latin1"));
  });
  page.on("websocket", (ws) => ws.on("framesent", (frame) => traffic.framesSent.push(frame.payload)));
  // Workers fetch the models themselves: their requests surface on the context.
  return traffic;
}

const presenceOf = (page: Page) =>
  page.getByTestId("presence-indicator").getAttribute("data-presence", { timeout: 5000 });

/** Watches the indicator until each wanted state was shown (or the time is up); shoots each the first time. */
async function watchPresence(
  page: Page,
  wanted: string[],
  timeoutMs: number,
  shoot: (state: string) => Promise<void>,
) {
  const seen = new Set<string>();
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !wanted.every((w) => seen.has(w))) {
    const state = await presenceOf(page);
    if (state && !seen.has(state)) {
      seen.add(state);
      await shoot(state);
    }
    await page.waitForTimeout(300);
  }
  return seen;
}

describe("camera expression analysis in Chromium with a fake camera", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser([
      "--autoplay-policy=no-user-gesture-required",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${expressionVideo()}`,
      `--use-file-for-fake-audio-capture=${fakeMediaFiles().audio}`,
    ]);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("analyses on the device, reacts to no face and looking away, stores numbers only, and reports a timeline", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const workerUrls: string[] = [];
    context.on("request", (request) => workerUrls.push(request.url()));
    const traffic = recordTraffic(page);
    await signUpThroughApi(page, server.url, "면접자");
    const created = await page.request.post(`${server.url}/api/sessions`, {
      data: { language: "ko", mode: "video", questionCount: 2 },
    });
    const session = (await created.json()) as { id: string; question: { id: string } };
    await page.goto(`${server.url}/interview/${session.id}/room`);
    await page.getByTestId("camera-preview").waitFor();
    // Opt-in: nothing is analysed until the candidate turns it on.
    expect(await page.getByTestId("presence-indicator").count()).toBe(0);
    await page.getByTestId("expression-toggle").click();
    const indicator = page.getByTestId("presence-indicator");
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="presence-indicator"]')?.getAttribute("data-samples")) >
        0,
      null,
      { timeout: 120_000 },
    );
    const startedAt = Date.now();

    const loop = SEGMENTS.length * SEGMENT_SECONDS * 1000;
    // Under load the analysis slows to a frame every few seconds: give it three turns of the video.
    const wanted = ["ok", "no_face", "looking_away", "looking_down", "off_centre"];
    const seen = await watchPresence(page, wanted, 3 * loop, async (state) => {
      if (state !== "starting") await snap(page, `expressions-room-${state}-ko`);
    });
    const sofar = (
      await (await page.request.get(`${server.url}/api/sessions/${session.id}/expressions`)).json()
    ).samples;
    const trace = sofar.map((s: { facePresent: boolean; headYaw?: number; lookingDown?: boolean }) =>
      s.facePresent ? `${s.headYaw}${s.lookingDown ? "v" : ""}` : "-",
    );
    expect([...seen], `head yaw (v: down) per sample: ${trace.join(" ")}`).toEqual(
      expect.arrayContaining(wanted),
    );
    const backend = await indicator.getAttribute("data-backend");
    const analysisMs = Number(await indicator.getAttribute("data-analysis-ms"));
    console.log(`analysis backend ${backend}, ${analysisMs} ms a frame`);

    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, "expressions-room-mobile-ko");
    await page.setViewportSize({ width: 1280, height: 860 });

    // Answer the first question, watch a little of the second, then end.
    await page
      .getByTestId("room-answer-input")
      .fill("저는 결제 서비스의 응답 속도를 40% 줄인 경험이 있습니다. 캐시를 도입했고 지표로 확인했습니다.");
    await page.getByTestId("room-submit").click();
    await page.waitForFunction(
      (first) =>
        document.querySelector('[data-testid="room-question"]')?.getAttribute("data-question-id") !== first,
      session.question.id,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(loop / 2);
    const elapsedS = (Date.now() - startedAt) / 1000;
    await page.getByTestId("room-end").click();
    await page.getByTestId("confirm-end").click();
    await page.waitForURL("**/report/*");

    // Stored at the expected rate: about one or two a second, never over four in one second.
    const stored = (
      await (await page.request.get(`${server.url}/api/sessions/${session.id}/expressions`)).json()
    ).samples as Array<{
      at: number;
      facePresent: boolean;
      lookingAway?: boolean;
      lookingDown?: boolean;
      questionId?: string;
      faceOffCentre?: number;
    }>;
    const rate = stored.length / elapsedS;
    console.log(`${stored.length} samples in ${elapsedS.toFixed(0)} s: ${rate.toFixed(2)} a second`);
    // The pause between frames grows with the time a frame takes (MAX_INTERVAL_MS at most): on an idle
    // machine this is one or two a second; a loaded one may fall to one every few seconds.
    expect(rate).toBeGreaterThan(0.7 / ((MAX_INTERVAL_MS + analysisMs) / 1000));
    expect(rate).toBeLessThanOrEqual(2.2);
    const perSecond = new Map<number, number>();
    for (const s of stored)
      perSecond.set(Math.floor(s.at / 1000), (perSecond.get(Math.floor(s.at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(4);
    expect(stored.some((s) => !s.facePresent)).toBe(true);
    expect(stored.some((s) => s.lookingAway)).toBe(true);
    // Reading notes: eyes lowered with the head under the head-angle limit, found from the eyes.
    expect(stored.some((s) => s.lookingDown && s.lookingAway)).toBe(true);
    expect(new Set(stored.map((s) => s.questionId)).size).toBeGreaterThanOrEqual(2);
    // Where the face sits: the off-centre segment is found from the face box, the others are centred.
    expect(stored.some((s) => s.facePresent && (s.faceOffCentre ?? 0) > OFF_CENTRE_LIMIT)).toBe(true);
    expect(stored.some((s) => s.facePresent && (s.faceOffCentre ?? 1) < OFF_CENTRE_LIMIT / 2)).toBe(true);

    // The report: timeline, question boundaries, highlights, suggestions.
    const section = page.getByTestId("report-emotions");
    await section.waitFor({ timeout: 60_000 });
    await page.getByTestId("emotions-timeline").locator("svg").first().waitFor();
    // The room's last samples (flushed as it closed) may land after the count above: read them again.
    const final = (
      await (await page.request.get(`${server.url}/api/sessions/${session.id}/expressions`)).json()
    ).samples as typeof stored;
    expect(await page.getByTestId("gaze-band").locator("span").count()).toBe(final.length);
    expect(await page.getByTestId("gaze-band").locator('span[data-gaze="down"]').count()).toBe(
      final.filter((s) => s.facePresent && s.lookingDown).length,
    );
    // Still photos jump between faces at each segment change: some movement, stated in plain words.
    expect(await page.getByTestId("emotions-movement-line").textContent()).toMatch(/머리.*평균 초당 \d+°/);
    expect(await page.getByTestId("emotions-looking-down").textContent()).toMatch(/시선이 아래로\s*\d+%/);
    expect(await page.getByTestId("emotions-highlights").textContent()).toMatch(
      /질문 1에서 (시선이 화면 밖으로|얼굴이 화면 밖에)/,
    );
    expect(await page.getByTestId("emotions-suggestions").textContent()).toContain(
      "채용 평가 점수가 아닙니다",
    );
    await section.scrollIntoViewIfNeeded();
    await snap(page, "expressions-report-ko");
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, "expressions-report-mobile-ko");

    // Privacy: everything came from this server, and only numbers went out.
    const all = [...traffic.urls, ...workerUrls];
    expect(
      all.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("blob:")),
    ).toEqual([]);
    expect(all.some((u) => u.includes("/expression-models/emotion.bin"))).toBe(true);
    expect(all.some((u) => u.includes("/expression-models/") && u.endsWith(".wasm"))).toBe(true);
    for (const body of traffic.bodies) expectOnlyNumbers(body);
    expect(traffic.framesSent.some((f) => typeof f === "string" && f.includes('"emotion"'))).toBe(true);
    for (const frame of traffic.framesSent) {
      expect(typeof frame, "no binary frame").toBe("string");
      expectOnlyNumbers(String(frame));
      const message = JSON.parse(String(frame));
      if (message.type === "emotion") {
        const allowed = [
          "type",
          "at",
          "questionId",
          "scores",
          "facePresent",
          "lookingAway",
          "lookingDown",
          "headYaw",
          "headPitch",
          "headRoll",
          "faceOffCentre",
          "faceSize",
        ];
        expect(Object.keys(message).filter((k) => !allowed.includes(k))).toEqual([]);
        expect(Object.values(message.scores).every((v) => typeof v === "number")).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it("shows the room indicator, the report section and the history trend in English", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "Candidate");
    const created = await page.request.post(`${server.url}/api/sessions`, {
      data: { language: "en", mode: "video", questionCount: 2 },
    });
    const session = (await created.json()) as { id: string; question: { id: string } };
    await page.goto(`${server.url}/interview/${session.id}/room`);
    await page.getByTestId("expression-toggle").click();
    await page.waitForFunction(
      () =>
        ["ok", "no_face", "looking_away", "looking_down", "off_centre", "too_far"].includes(
          document.querySelector('[data-testid="presence-indicator"]')?.getAttribute("data-presence") ?? "",
        ),
      null,
      { timeout: 120_000 },
    );
    await snap(page, "expressions-room-en");
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, "expressions-room-mobile-en");
    await page.waitForTimeout(6000);
    // Head movement needs two stored frames with a face close enough in time: a loaded machine may
    // analyse one every few seconds, or miss the face in some, so wait on what the report reads.
    const movementStored = async () => {
      const stored = await page.request.get(`${server.url}/api/sessions/${session.id}/expressions`);
      const { samples } = (await stored.json()) as { samples: ExpressionSample[] };
      return headMovement([...samples].sort((a, b) => a.at - b.at)) !== undefined;
    };
    const deadline = Date.now() + 180_000;
    while (!(await movementStored()) && Date.now() < deadline) await page.waitForTimeout(2000);
    await page.getByTestId("room-end").click();
    await page.getByTestId("confirm-end").click();
    await page.waitForURL("**/report/*");
    await page.getByTestId("report-emotions").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("emotions-suggestions").textContent()).toContain("not a hiring score");
    expect(await page.getByTestId("emotions-movement-line").textContent()).toMatch(/a second on average/);
    await page.setViewportSize({ width: 1280, height: 860 });
    await snap(page, "expressions-report-en");
    await page.goto(`${server.url}/history`);
    await page.getByTestId("expression-trend").waitFor();
    await snap(page, "expressions-history-en");
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});

/** A request body or frame with image or video data in it would have one of these. */
function expectOnlyNumbers(payload: string) {
  expect(payload).not.toMatch(/data:(image|video)\//);
  expect(payload).not.toMatch(/[A-Za-z0-9+/]{400,}/); // a base64 run
  expect(payload.includes(String.fromCharCode(0)) || payload.includes("\\u0000")).toBe(false);
  expect(payload).not.toMatch(/JFIF|PNG|webm|ftyp/);
}
