import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";

// Palette components land on a grid from the canvas's top-left (see whiteboard-canvas.tsx): 40 + col * 240,
// 110 + row * 150, each 180 x 80. These are the centres of the first slots, in canvas pixels at zoom 1.
const slot = (n: number, columns: number) => ({
  x: 40 + (n % columns) * 240 + 90,
  y: 110 + Math.floor(n / columns) * 150 + 40,
});
const columnsOf = (width: number) => Math.max(1, Math.floor((width - 40) / 240));

async function canvasOrigin(page: Page) {
  const box = await page.locator('[data-testid="whiteboard-canvas"] .excalidraw').boundingBox();
  if (!box) throw new Error("no canvas");
  return box;
}

/** Draws an arrow with Excalidraw's own tool, from the centre of one slot to another; it binds to both shapes. */
async function drawArrow(page: Page, from: number, to: number) {
  const origin = await canvasOrigin(page);
  const columns = columnsOf(origin.width);
  const a = slot(from, columns);
  const b = slot(to, columns);
  // Clear the selection on empty canvas first, so the drag starts a new arrow rather than moving a shape.
  await page.mouse.click(origin.x + 60, origin.y + origin.height - 120);
  // Excalidraw's arrow tool: a radio input inside its toolbar button.
  await page.locator('label:has([data-testid="toolbar-arrow"])').click();
  await expect.poll(() => page.locator('[data-testid="toolbar-arrow"]').isChecked()).toBe(true);
  await page.mouse.move(origin.x + a.x, origin.y + a.y);
  await page.mouse.down();
  await page.mouse.move(origin.x + b.x, origin.y + b.y, { steps: 12 });
  await page.mouse.up();
  await page.keyboard.press("Escape");
}

async function insert(page: Page, kind: string) {
  await page.locator(`[data-testid="whiteboard-palette"] [data-kind="${kind}"]`).click();
  await page.keyboard.press("Escape");
}

describe("the system-design whiteboard in the browser", () => {
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

  it("draws a design with the palette and arrows, analyses it, highlights findings, and the report shows it (ko)", async () => {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const offsite: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
        offsite.push(r.url());
    });
    await signUpThroughApi(page, server.url, "설계자");
    const session = await page.request.post(`${server.url}/api/sessions`, {
      data: { language: "ko", role: "backend", questionCount: 1 },
    });
    const sessionId = (await session.json()).id as string;

    await page.goto(`${server.url}/interview/${sessionId}`);
    await page.getByTestId("open-whiteboard").click();
    await page.getByTestId("whiteboard-problems").waitFor();
    await page.locator('[data-testid="whiteboard-problem"][data-problem-id="url-shortener"]').click();
    await page.getByTestId("whiteboard-brief").waitFor();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();

    await page.waitForLoadState("networkidle");
    for (const kind of ["client", "load_balancer", "api_server", "cache", "database"])
      await insert(page, kind);
    await drawArrow(page, 0, 1);
    await drawArrow(page, 1, 2);
    await drawArrow(page, 2, 3);
    await drawArrow(page, 2, 4);

    await page.getByTestId("whiteboard-analyze").click();
    await page.getByTestId("whiteboard-analysis").waitFor();
    await expect
      .poll(() => page.getByTestId("whiteboard-analysis").textContent())
      .toContain("구성 요소 5개 · 연결 4개");
    const findings = page.getByTestId("whiteboard-finding");
    expect(await findings.count()).toBeGreaterThan(2);
    const replicaFinding = findings.filter({ hasText: "복제본" }).first();
    expect(await replicaFinding.getAttribute("data-components")).toBeTruthy();
    await replicaFinding.click();
    expect(errors).toEqual([]);
    await expect
      .poll(() => page.getByTestId("whiteboard-save-state").getAttribute("data-status"))
      .toBe("saved");
    await snap(page, "whiteboard-analysis-ko");

    // A reload restores the drawing from the autosave.
    await page.reload();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.getByTestId("whiteboard-analyze").click();
    await expect
      .poll(() => page.getByTestId("whiteboard-analysis").textContent())
      .toContain("구성 요소 5개 · 연결 4개");

    expect(errors).toEqual([]);
    await page.request.post(`${server.url}/api/sessions/${sessionId}/end`);
    await server.services.queue.drain();
    await page.goto(`${server.url}/report/${sessionId}`);
    await page.getByTestId("report-whiteboard").waitFor();
    await page.locator('[data-testid="report-whiteboard-image"] img').waitFor();
    expect(await page.getByTestId("report-whiteboard").textContent()).toContain("URL 단축 서비스");
    await snap(page, "whiteboard-report-ko");
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works in English on another problem", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "Designer");
    await page.goto(`${server.url}/whiteboard`);
    await page.locator('[data-testid="whiteboard-problem"][data-problem-id="chat"]').click();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    // Banners that arrive with later responses shift the page; draw once the layout has settled.
    await page.waitForLoadState("networkidle");
    for (const kind of ["client", "api_server", "queue", "database"]) await insert(page, kind);
    await drawArrow(page, 0, 1);
    await drawArrow(page, 1, 2);
    await page.getByTestId("whiteboard-analyze").click();
    await page.getByTestId("whiteboard-analysis").waitFor();
    await snap(page, "whiteboard-analysis-en");
    await expect
      .poll(() => page.getByTestId("whiteboard-analysis").textContent())
      .toContain("4 components · 2 connections");
    const analysis = (await page.getByTestId("whiteboard-analysis").textContent()) ?? "";
    expect(analysis).toMatch(/Weaknesses/);
    expect(analysis).toMatch(/Strengths|Suggestions/);
    await snap(page, "whiteboard-analysis-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
