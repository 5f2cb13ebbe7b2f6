import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DRAWN_DESIGNS, type DrawnDesign } from "@studio/whiteboard/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, signUpThroughApi, snap } from "./browser";
import { DRAWINGS } from "./excalidraw-drawings";
import { Pen } from "./excalidraw-pen";

// Draws designs with Excalidraw's own tools (shortcuts, mouse drags, double-click text, Ctrl to draw an
// arrow that does not bind), the way a candidate does, and checks what the server reads from them.
// With RECORD_EXCALIDRAW=1 the scenes Excalidraw produced are written to packages/whiteboard's fixtures,
// where the unit tests (drawn-in-excalidraw.test.ts) read them.
const FIXTURES = fileURLToPath(new URL("../packages/whiteboard/src/testing/excalidraw/", import.meta.url));

type Read = {
  components: { id: string; kind: string; label: string }[];
  connections: { from: string; to: string; label?: string }[];
};

/** The drawing read as a fair reader would: every expected component and connection, by label. */
function expectRead(result: Read, design: DrawnDesign) {
  const kinds = Object.fromEntries(result.components.map((c) => [c.label, c.kind]));
  expect(kinds).toEqual(design.components);
  const label = new Map(result.components.map((c) => [c.id, c.label]));
  const wires = result.connections.map((c) => [label.get(c.from), label.get(c.to), c.label].filter((x) => x));
  expect(wires.sort()).toEqual(design.connections.map((c) => c.filter((x) => x)).sort());
}

describe("designs drawn with Excalidraw's own tools", () => {
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

  for (const design of DRAWN_DESIGNS) {
    it(`reads ${design.name} as drawn`, async () => {
      const context = await browser.newContext({
        locale: design.language === "ko" ? "ko-KR" : "en-US",
        viewport: { width: 1600, height: 1300 },
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await signUpThroughApi(page, server.url, "Drawer");
      await page.goto(`${server.url}/whiteboard/${design.problemId}`);
      await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
      await page.waitForLoadState("networkidle");
      const box = await page.locator('[data-testid="whiteboard-canvas"] .excalidraw').boundingBox();
      if (!box) throw new Error("no canvas");
      const draw = DRAWINGS[design.name];
      if (!draw) throw new Error(`no drawing for ${design.name}`);
      await draw(new Pen(page, box));
      await page.keyboard.press("Escape");
      await snap(page, `excalidraw-drawn-${design.name}`);

      const sent = page.waitForRequest((r) => r.url().endsWith("/api/whiteboard/analyze"));
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/whiteboard/analyze"));
      await page.getByTestId("whiteboard-analyze").click();
      const scene = (await sent).postDataJSON().scene;
      const result = await (await answered).json();
      if (process.env.RECORD_EXCALIDRAW === "1") {
        writeFileSync(`${FIXTURES}${design.name}.json`, `${JSON.stringify(scene, null, 1)}\n`);
      }
      await page.getByTestId("whiteboard-analysis").waitFor();
      await snap(page, `excalidraw-drawn-${design.name}-review`);
      expectRead(result, design);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
