import type { CreatedPanel } from "@studio/protocol";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

const SCRIPT = {
  ko: { title: "프런트엔드 2차 패널", mine: "내 패널 면접", again: "초대 링크 다시 받기", width: 1280 },
  en: {
    title: "Frontend panel, round 2",
    mine: "My panel interviews",
    again: "Get the links again",
    width: 390,
  },
} as const;

describe("a panel's creator comes back to it from the panel page", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer({ PANEL_EVALUATION_INTERVAL_MS: "60000" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
  });

  for (const lang of ["ko", "en"] as const) {
    it(`lists the panel, gives the links again, and a link opens the candidate's room (${lang})`, async () => {
      const s = SCRIPT[lang];
      const context = await browser.newContext({
        locale: lang === "ko" ? "ko-KR" : "en-US",
        viewport: { width: s.width, height: 900 },
      });
      await context.addInitScript((l) => localStorage.setItem("studio.language", l), lang);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, lang === "ko" ? "이면접" : "Lee Lead");
      const created = await page.request.post(`${server.url}/api/panels`, {
        data: {
          title: s.title,
          language: lang,
          interviewers: [{ name: lang === "ko" ? "이면접" : "Lee Lead" }],
          candidates: [{ name: lang === "ko" ? "한지원" : "Ann Lee" }],
        },
      });
      const panel = (await created.json()) as CreatedPanel;

      // The tab with the links is gone: the creator opens the panel page again.
      await page.goto(`${server.url}/panel/new`);
      const mine = page.getByTestId("my-panels");
      await mine.getByText(s.mine).waitFor();
      const row = mine.locator(`li[data-panel-id="${panel.id}"]`);
      expect(await row.textContent()).toContain(s.title);
      await snap(page, `panel-mine-${lang}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(s.width);

      await row.getByRole("button", { name: s.again }).click();
      const links = page.getByTestId("panel-invites");
      await links.waitFor();
      const candidate = panel.invites.find((i) => i.role === "candidate")!;
      const url = await links.locator(`li[data-name="${candidate.name}"] input`).inputValue();
      expect(url).toContain(`/panel/${panel.id}/join?invite=`);

      const guest = await browser.newContext({ locale: lang === "ko" ? "ko-KR" : "en-US" });
      const candidatePage = await guest.newPage();
      await candidatePage.goto(url);
      await candidatePage.getByTestId("candidate-view").waitFor();
      expect(errors).toEqual([]);
      await guest.close();
      await context.close();
    });
  }
});
