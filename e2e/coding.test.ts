import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEMS_DIR } from "@studio/sandbox";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { setCode, waitForVerdict } from "./coding-page";

const SOLUTIONS = {
  python: "hash_map.py",
  javascript: "hash_map.js",
  java: "Main.java",
  c: "hash_table.c",
  cpp: "hash_map.cpp",
} as const;

describe("the coding test in the browser", () => {
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

  it("solves two-sum in all five languages through the page, with a verdict table and analysis", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "코더");

    await page.goto(`${server.url}/coding`);
    await page.getByTestId("problem-list").waitFor();
    expect(await page.getByTestId("problem-item").count()).toBe(12);
    await snap(page, "coding-list-ko");
    await page.locator('[data-testid="problem-item"][data-problem-id="two-sum"]').first().click();
    await page.getByTestId("problem-statement").waitFor();

    for (const [language, file] of Object.entries(SOLUTIONS)) {
      await page.getByTestId("language-picker").selectOption(language);
      await page.waitForFunction(
        (lang) =>
          document.querySelector('[data-testid="code-editor"]')?.getAttribute("data-language") === lang,
        language,
      );
      await setCode(
        page,
        readFileSync(join(PROBLEMS_DIR, "two-sum", "submissions", "accepted", file), "utf8"),
      );
      await page.getByTestId("run-samples").click();
      await page.locator('[data-testid="sample-result"]').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="sample-result"]')].every(
          (e) => e.getAttribute("data-passed") === "true",
        ),
      );
      await page.getByTestId("submit-code").click();
      await waitForVerdict(page, "accepted");
      expect(await page.getByTestId("test-row").count()).toBeGreaterThan(1);
      expect(await page.getByTestId("analysis").textContent()).toMatch(/O\(/);
      await snap(page, `coding-accepted-${language}`);
    }

    await page.getByTestId("language-picker").selectOption("c");
    await setCode(page, "#include <stdio.h>\nint main(void) { return 0 }\n");
    await page.getByTestId("submit-code").click();
    await waitForVerdict(page, "compile_error");
    await snap(page, "coding-compile-error-ko");
    expect(errors).toEqual([]);
    await context.close();
  });
});
