import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { setCode, waitForVerdict } from "./coding-page";
import { finishInterview, measuredDelivery, WIDE_ANSWER, wideDesign } from "./finished-interview";
import { PHONE, widthOf } from "./phone-width";

/** A C program whose compiler errors are long unbroken lines, as real ones are. */
const LONG_ERRORS = `#include <stdio.h>
int aVeryLongFunctionNameThatTheCompilerWillQuoteInItsErrorMessageWithoutAnyBreakOpportunityAtAll(void) { return undeclaredIdentifierWithAnExtremelyLongNameThatKeepsGoingAndGoingAndGoing }
int main(void) { return 0 }
`;

describe("the pages after an interview fit a 390 px phone", () => {
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

  for (const language of ["ko", "en"] as const) {
    it(`report, dashboard, coding result and whiteboard review (${language})`, async () => {
      const context = await browser.newContext({
        locale: language === "ko" ? "ko-KR" : "en-US",
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, language === "ko" ? "김모바일" : "Mobile Candidate");
      const session = await finishInterview(page, server.url, {
        language,
        mode: "voice",
        questionCount: 3,
        text: WIDE_ANSWER[language],
        extras: true,
        delivery: measuredDelivery(language),
      });
      await server.services.queue.drain();
      const widths: Record<string, number> = {};
      const measure = async (name: string) => {
        const { scrollWidth, offenders } = await widthOf(page);
        widths[name] = scrollWidth;
        await snap(page, `phone-${name}-${language}`);
        expect.soft(scrollWidth, `${name}: ${offenders.join("\n")}`).toBeLessThanOrEqual(PHONE.width);
      };

      await page.goto(`${server.url}/report/${session.id}`);
      await page.getByTestId("report-grade").waitFor({ timeout: 60_000 });
      await page.getByTestId("report-replay").waitFor();
      const built = await (await page.request.get(`${server.url}/api/sessions/${session.id}/report`)).json();
      console.log(
        JSON.stringify({ sections: Object.keys(built), whiteboard: built.whiteboard?.boards?.length }),
      );
      await page
        .getByTestId("report-whiteboard")
        .waitFor({ timeout: 60_000 })
        .catch(async (error: unknown) => {
          await snap(page, `phone-report-failed-${language}`);
          throw error;
        });
      const drawn = await page
        .locator('[data-testid="report-whiteboard-image"] img')
        .waitFor({ timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      console.log(JSON.stringify({ language, whiteboardImage: drawn }));
      // Every answer open: the long words are in them.
      await page.evaluate(() => {
        for (const button of document.querySelectorAll<HTMLButtonElement>(
          '[data-testid="report-question"] button[aria-expanded="false"]',
        ))
          button.click();
      });
      await measure("report");

      await page.goto(`${server.url}/dashboard`);
      await page.getByTestId("new-interview").waitFor();
      await page.waitForLoadState("networkidle");
      await measure("dashboard");

      await page.goto(`${server.url}/history`);
      await page.waitForLoadState("networkidle");
      await measure("history");

      await page.goto(`${server.url}/coding/two-sum?session=${session.id}`);
      await page.getByTestId("problem-statement").waitFor();
      await page.getByTestId("language-picker").selectOption("c");
      await setCode(page, LONG_ERRORS);
      await page.getByTestId("submit-code").click();
      await waitForVerdict(page, "compile_error");
      await measure("coding-result");

      await page.request.put(`${server.url}/api/whiteboard/drafts`, {
        data: {
          problemId: "url-shortener",
          sessionId: session.id,
          scene: { elements: wideDesign().elements },
        },
      });
      await page.goto(`${server.url}/whiteboard/url-shortener?session=${session.id}`);
      await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
      await page.getByTestId("whiteboard-analyze").click();
      await page.getByTestId("whiteboard-finding").first().waitFor({ timeout: 30_000 });
      await measure("whiteboard-review");

      console.log(JSON.stringify({ language, viewport: PHONE.width, scrollWidths: widths }));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
