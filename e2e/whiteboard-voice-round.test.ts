import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

describe("the system-design round from a voice interview", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  it("offers the round in the voice room and leads back to the room (ko)", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "음성 설계자");
    const created = await page.request.post(`${server.url}/api/sessions`, {
      data: { language: "ko", role: "backend", mode: "voice", questionCount: 2, systemDesignMinutes: 40 },
    });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${server.url}/interview/${id}/room`);
    const card = page.getByTestId("system-design-round");
    await card.waitFor();
    expect(await card.textContent()).toContain("40분");
    await snap(page, "whiteboard-voice-round-ko");
    await page.getByTestId("system-design-round-open").click();
    await page.locator('[data-testid="whiteboard-problem"][data-problem-id="chat"]').click();
    await page.getByTestId("whiteboard-brief").waitFor();
    const finish = page.getByTestId("whiteboard-finish");
    await expect.poll(() => finish.getAttribute("href")).toBe(`/interview/${id}/room`);
    await finish.click();
    await page.getByTestId("voice-room").waitFor();
    expect(errors.filter((e) => !/microphone|camera|getUserMedia|speech/i.test(e))).toEqual([]);
    await context.close();
  });
});
