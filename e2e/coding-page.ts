import type { Page } from "playwright-core";

/** Replaces the editor's text the way a paste would (typing would add auto-indentation and brackets). */
export async function setCode(page: Page, code: string): Promise<void> {
  await page.locator('[data-testid="code-editor"] .cm-content').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** Waits until the submission's verdict is shown as `verdict`. */
export async function waitForVerdict(page: Page, verdict: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="verdict"]')?.getAttribute("data-verdict") === expected,
    verdict,
    { timeout: 60_000 },
  );
}
