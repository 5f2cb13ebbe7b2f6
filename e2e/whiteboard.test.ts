import { type FakeLlmServer, type RecordedRequest, startFakeLlmServer } from "@studio/providers/llm/testing";
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

interface DrawnElement {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  isDeleted?: boolean;
}

/** Excalidraw's selection, as the canvas mirrors it from its app state. */
async function canvasSelection(page: Page): Promise<string[]> {
  const ids = await page.getByTestId("whiteboard-canvas").getAttribute("data-selected-ids");
  return (ids ?? "").split(" ").filter(Boolean).sort();
}

/** The shapes of the interview's autosaved scene. */
async function savedShapes(page: Page, baseUrl: string, sessionId: string): Promise<DrawnElement[]> {
  const res = await page.request.get(`${baseUrl}/api/whiteboard/drafts/url-shortener?sessionId=${sessionId}`);
  const draft = (await res.json()) as { scene: { elements: DrawnElement[] } | null };
  return (draft.scene?.elements ?? []).filter(
    (e) => !e.isDeleted && ["rectangle", "ellipse", "diamond"].includes(e.type),
  );
}

const overlapping = (shapes: DrawnElement[]) =>
  shapes.flatMap((a, i) =>
    shapes
      .slice(i + 1)
      .filter(
        (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      )
      .map((b) => `${a.id}/${b.id}`),
  );

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

    // Setup: the round is on by default for backend and data, off for general; the candidate chooses its limit.
    await page.goto(`${server.url}/interview/new`);
    const toggle = page.getByTestId("system-design-toggle");
    await page.getByTestId("role-general").click();
    expect(await toggle.getAttribute("aria-checked")).toBe("false");
    await page.getByTestId("role-data").click();
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    await page.getByTestId("role-backend").click();
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    await page.getByTestId("system-design-minutes").selectOption("45");
    await snap(page, "whiteboard-setup-ko");
    await page.getByTestId("start-interview").click();
    // Not /interview/new, which matches "**/interview/*" too.
    await page.waitForURL(/\/interview\/(?!new$)[^/]+$/);
    const sessionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    expect((await page.getByTestId("system-design-round").textContent()) ?? "").toContain("45분");

    await page.getByTestId("system-design-round-open").click();
    await page.getByTestId("whiteboard-problems").waitFor();
    await page.locator('[data-testid="whiteboard-problem"][data-problem-id="url-shortener"]').click();
    await page.getByTestId("whiteboard-brief").waitFor();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    // The interview's limit (45 min), not the problem's own (30 min).
    await expect.poll(() => page.getByTestId("whiteboard-timer").textContent()).toMatch(/4[45]:\d\d/);

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
    const named = ((await replicaFinding.getAttribute("data-components")) ?? "").split(" ").filter(Boolean);
    expect(named.length).toBeGreaterThan(0);
    // Another finding first, so the click below is what changes Excalidraw's selection.
    const other = findings.filter({ hasNotText: "복제본" }).first();
    await other.click();
    await replicaFinding.click();
    await expect.poll(() => canvasSelection(page)).toEqual([...named].sort());
    expect(errors).toEqual([]);
    await expect
      .poll(() => page.getByTestId("whiteboard-save-state").getAttribute("data-status"))
      .toBe("saved");
    // The selected ids are the database shapes on the canvas (read from the autosaved scene).
    const drawn = await savedShapes(page, server.url, sessionId);
    const selectedShapes = drawn.filter((e) => named.includes(e.id));
    expect(selectedShapes).toHaveLength(named.length);
    expect(selectedShapes.every((e) => ["ellipse", "rectangle", "diamond"].includes(e.type))).toBe(true);
    await snap(page, "whiteboard-analysis-ko");

    // A reload restores the drawing from the autosave.
    await page.reload();
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.getByTestId("whiteboard-analyze").click();
    await expect
      .poll(() => page.getByTestId("whiteboard-analysis").textContent())
      .toContain("구성 요소 5개 · 연결 4개");

    // After a reload the palette puts a new component where nothing is drawn (it used to restart at slot 0).
    await insert(page, "queue");
    await expect
      .poll(async () => (await savedShapes(page, server.url, sessionId)).length, { timeout: 15_000 })
      .toBe(6);
    expect(overlapping(await savedShapes(page, server.url, sessionId))).toEqual([]);

    // The interview is ended through the page: back to it, then its end button and the confirmation.
    expect(errors).toEqual([]);
    await page.getByTestId("whiteboard-finish").click();
    await page.getByTestId("end-interview").click();
    await page.getByTestId("confirm-end").click();
    await page.waitForURL(/\/report\//);
    await server.services.queue.drain();
    await page.reload();
    await page.getByTestId("report-whiteboard").waitFor();
    await page.locator('[data-testid="report-whiteboard-image"] img').waitFor();
    expect(await page.getByTestId("report-whiteboard").textContent()).toContain("URL 단축 서비스");
    // The board as last drawn: leaving the page to end the interview did not save an empty canvas over it.
    expect(await page.getByTestId("report-whiteboard").textContent()).toContain("구성 요소 6개");
    expect(await page.getByTestId("report-whiteboard-round").textContent()).toContain("45분");
    await snap(page, "whiteboard-report-ko");
    await page.goto(`${server.url}/history`);
    await expect
      .poll(() => page.getByTestId("session-system-design").first().textContent())
      .toMatch(/시스템 설계 \d(\.\d)? \/ 5/);
    await snap(page, "whiteboard-history-ko");
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

/** The graph the server sent to the model, read back from the recorded request. */
function sentGraph(request: RecordedRequest): { components: { id: string; kind: string }[] } {
  const messages = request.body.messages as { role: string; content: unknown }[];
  const user = messages.find((m) => m.role === "user");
  const parts = Array.isArray(user?.content) ? (user.content as { type: string; text?: string }[]) : [];
  const text = parts.find((p) => p.type === "text")?.text ?? String(user?.content ?? "");
  return JSON.parse(text.slice(text.indexOf("{"))).graph;
}

const GENERATED = {
  title: "Shared shopping cart",
  summary: "Design a shopping cart that family members edit together in real time.",
  difficulty: "medium",
  timeLimitMinutes: 40,
  requirements: {
    functional: ["Add and remove items together", "See others' changes live"],
    scale: ["5 M carts a day", "Peak 20 k edits per second"],
    constraints: ["Never lose an edit"],
  },
  reference: {
    requiredComponents: ["load_balancer", "api_server", "database", "cache"],
    recommendedComponents: ["queue", "monitoring", "auth"],
    expectedFlows: [{ from: "client", to: "database", text: "an edit is stored in the database" }],
    traits: { readHeavy: true, heavyWork: false, sensitive: false, media: false },
    scalingRisks: ["Hot carts during sales"],
    securityConcerns: ["Only members edit a cart"],
    followUps: ["How do two simultaneous edits merge?"],
  },
};

describe("the whiteboard with a vision LLM (fake provider)", () => {
  let server: TestServer;
  let browser: Browser;
  let llm: FakeLlmServer;
  beforeAll(async () => {
    llm = await startFakeLlmServer({
      wire: "openai",
      replies: (request) => {
        const body = JSON.stringify(request.body);
        if (body.includes("write ONE problem")) return { text: JSON.stringify(GENERATED) };
        if (!body.includes("reviewing a candidate")) return { text: "{}" };
        const [first] = sentGraph(request).components;
        return {
          text: JSON.stringify({
            narrative: "A compact design; the single database is the part to question first.",
            findings: [
              {
                kind: "weakness",
                category: "scalability",
                text: "Edits from every member hit one API server with no fan-out plan.",
                components: first ? [first.id] : [],
              },
              {
                kind: "weakness",
                category: "security",
                text: "<script>alert(1)</script>",
                components: [first?.id],
              },
              {
                kind: "strength",
                category: "structure",
                text: "Invented box is great.",
                components: ["ghost"],
              },
            ],
            followUps: [],
          }),
        };
      },
    });
    server = await startAppServer({
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
      LLM_VISION: "true",
      LLM_MAX_RETRIES: "0",
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
    await llm?.close();
  });

  it("generates a problem, sends the exported picture with the graph, and shows only valid AI findings (en)", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signUpThroughApi(page, server.url, "Vision Tester");
    await page.goto(`${server.url}/whiteboard`);
    await page.getByTestId("whiteboard-generate").waitFor();
    await page.getByTestId("whiteboard-generate-topic").fill("shared shopping cart");
    await snap(page, "whiteboard-generate-en");
    await page.getByTestId("whiteboard-generate-submit").click();
    await page.waitForURL(/\/whiteboard\/gen-/);
    await page.getByTestId("whiteboard-brief").waitFor();
    expect(await page.getByTestId("whiteboard-brief").textContent()).toContain("See others' changes live");
    await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor();
    await page.waitForLoadState("networkidle");
    for (const kind of ["client", "api_server", "database"]) await insert(page, kind);
    await drawArrow(page, 0, 1);
    await drawArrow(page, 1, 2);
    await snap(page, "whiteboard-vision-drawn-en");
    const before = llm.requests.length;
    await page.getByTestId("whiteboard-analyze").click();
    await page.getByTestId("whiteboard-narrative").waitFor();

    const sent = llm.requests
      .slice(before)
      .find((r) => JSON.stringify(r.body).includes("reviewing a candidate"));
    if (!sent) throw new Error("the review request never reached the model");
    const user = (sent.body.messages as { role: string; content: unknown }[]).find((m) => m.role === "user");
    const parts = (user?.content ?? []) as { type: string; image_url?: { url: string } }[];
    const image = parts.find((p) => p.type === "image_url");
    // A real PNG exported by Excalidraw in the browser.
    const png = Buffer.from((image?.image_url?.url ?? "").split(",")[1] ?? "", "base64");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(1000);
    expect(
      sentGraph(sent)
        .components.map((c) => c.kind)
        .sort(),
    ).toEqual(["api_server", "client", "database"]);

    const panel = (await page.getByTestId("whiteboard-analysis").textContent()) ?? "";
    expect(panel).toContain("the single database is the part to question first");
    expect(panel).toContain("no fan-out plan");
    expect(panel).not.toContain("alert(1)");
    expect(panel).not.toContain("Invented box");
    expect(await page.getByTestId("whiteboard-finding-ai").count()).toBe(1);
    await snap(page, "whiteboard-vision-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
