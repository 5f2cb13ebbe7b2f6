import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { readScene } from "../scene/read-scene";
import { SceneBuilder } from "../testing/scene-builder";

/** What real canvases also hold: empty texts, shapes dragged miles away, and very busy scenes. */
describe("junk in scenes", () => {
  it("ignores empty and whitespace-only texts instead of naming boxes with them", () => {
    const b = new SceneBuilder();
    const api = b.box("API 서버", 0, 0);
    b.text("", 20, 20);
    b.text("   \n  ", 300, 20);
    const db = b.box("", 1, 0);
    b.text("", 290, 230); // just below the blank box
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => [c.id, c.label])).toEqual([
      [api, "API 서버"],
      [db, ""],
    ]);
  });

  it("reads shapes at huge coordinates and keeps their arrows", () => {
    const b = new SceneBuilder();
    const app = b.box("모바일 앱", 0, 0);
    const api = b.box("Node.js API", 1, 0);
    const far = 1e9;
    for (const e of b.elements) {
      e.x += far;
      e.y -= far;
    }
    b.arrow(app, api);
    const lost = b.box("Memcached", 0, 0);
    const el = b.elements.find((e) => e.id === lost);
    if (el) el.x = 1e15;
    const graph = readScene(b.elements);
    expect(graph.components.map((c) => c.kind)).toEqual(["client", "api_server", "cache"]);
    expect(graph.connections.map((c) => [c.from, c.to])).toEqual([[app, api]]);
  });

  it("analyses a 1,000-element scene quickly and in full", () => {
    const b = new SceneBuilder();
    const labels = [
      "웹 브라우저",
      "ALB",
      "API 서버 x3",
      "Memcached",
      "Postgres primary",
      "읽기 전용 DB",
      "SQS",
      "Celery worker",
    ];
    let last = "";
    // Chains of 8 boxes, each wired to the next: 250 boxes, 250 texts and 249 arrows,
    // plus empty texts to make 1,000 elements.
    for (let i = 0; i < 250; i++) {
      const id = b.box(labels[i % labels.length] as string, i % 25, Math.floor(i / 25));
      if (last) b.arrow(last, id, { bound: i % 2 === 0 });
      last = id;
    }
    while (b.elements.length < 1000) b.text("", -500, -500 - b.elements.length * 30);
    expect(b.elements).toHaveLength(1000);
    const started = performance.now();
    const analysis = analyzeScene(b.elements, { problem: findProblem("url-shortener"), language: "en" });
    const ms = performance.now() - started;
    expect(analysis.components).toHaveLength(250);
    expect(analysis.components.filter((c) => c.kind === "other")).toEqual([]);
    expect(analysis.connections).toHaveLength(249);
    // Generous for a shared CI machine; the bench holds the tight figure.
    expect(ms).toBeLessThan(2000);
  });
});
