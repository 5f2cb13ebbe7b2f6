import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { SceneBuilder } from "../testing/scene-builder";
import { ARROW_SEGMENT_BUDGET } from "./assign-texts";
import { MAX_BOUNDARIES } from "./read-components";
import { readScene } from "./read-scene";
import { MAX_GROUP_DEPTH } from "./scene-schema";

// Scenes inside the request limits (2,000 elements, 1 MB) that an attacker can shape to make reading slow.
// Their speed is measured in bench/analyze-bench.ts; here, what the reader says about them.
const reasons = (elements: unknown[]) => readScene(elements).unread.map((u) => u.reason);

describe("dense and hostile scenes", () => {
  it("reads labels of texts and arrows stacked on each other until its budget, then says it stopped", () => {
    const texts = Array.from({ length: 1000 }, (_, i) => ({
      id: `t${i}`,
      type: "text",
      x: 0,
      y: 0,
      width: 50,
      height: 20,
      text: "HTTPS",
    }));
    const points = Array.from({ length: 60 }, (_, k) => [k, k]);
    const arrows = Array.from({ length: 1000 }, (_, i) => ({
      id: `a${i}`,
      type: "arrow",
      x: 0,
      y: 0,
      width: 60,
      height: 60,
      points,
    }));
    expect(texts.length * arrows.length * (points.length - 1)).toBeGreaterThan(ARROW_SEGMENT_BUDGET);
    expect(reasons([...texts, ...arrows])).toContainEqual(
      expect.stringMatching(/arrow labels were not read/),
    );
  });

  it("does not stop on a large real-looking diagram: every arrow label is read", () => {
    const b = new SceneBuilder();
    const boxes = Array.from({ length: 300 }, (_, i) => b.box(`API ${i}`, i % 20, Math.floor(i / 20)));
    for (let i = 0; i + 1 < boxes.length; i++) {
      b.arrow(boxes[i] as string, boxes[i + 1] as string, { bound: false, label: "HTTPS" });
    }
    const graph = readScene(b.elements);
    expect(graph.unread.map((u) => u.reason)).not.toContainEqual(expect.stringMatching(/not read/));
    expect(graph.connections.filter((c) => c.label === "HTTPS").length).toBeGreaterThan(250);
  });

  it(`reads at most ${MAX_BOUNDARIES} boundaries and reports the rest`, () => {
    const frames = Array.from({ length: 500 }, (_, i) => ({
      id: `f${i}`,
      type: "frame",
      x: -10,
      y: -10,
      width: 5000,
      height: 5000,
      name: `Region ${i}`,
    }));
    const caches = Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`,
      type: "text",
      x: i * 3,
      y: i * 3,
      width: 40,
      height: 20,
      text: "Redis",
    }));
    const result = analyzeScene([...frames, ...caches], { language: "en" });
    expect(result.boundaries).toHaveLength(MAX_BOUNDARIES);
    expect(result.components).toHaveLength(500);
    expect(result.components[0]?.boundaries).toHaveLength(MAX_BOUNDARIES);
    expect(result.unread).toContainEqual(
      expect.objectContaining({
        elementId: `f${MAX_BOUNDARIES}`,
        reason: expect.stringMatching(/436 boundaries/),
      }),
    );
  });

  it("reports an element in more nested groups than Excalidraw makes, and reads the rest", () => {
    const b = new SceneBuilder();
    const api = b.box("API", 0, 0);
    const elements: unknown[] = [
      ...b.elements,
      {
        id: "deep",
        type: "rectangle",
        x: 500,
        y: 500,
        width: 100,
        height: 50,
        groupIds: Array.from({ length: MAX_GROUP_DEPTH + 1 }, (_, i) => `g${i}`),
      },
    ];
    const graph = readScene(elements);
    expect(graph.components.map((c) => c.id)).toEqual([api]);
    expect(graph.unread).toContainEqual(expect.objectContaining({ elementId: "deep" }));
  });

  it("treats boxes drawn exactly on top of each other as components, not as a boundary", () => {
    const same = Array.from({ length: 3 }, (_, i) => ({
      id: `s${i}`,
      type: "rectangle",
      x: 0,
      y: 0,
      width: 100,
      height: 100,
    }));
    const graph = readScene(same);
    expect(graph.components.map((c) => c.id)).toEqual(["s0", "s1", "s2"]);
    expect(graph.boundaries).toEqual([]);
  });
});
