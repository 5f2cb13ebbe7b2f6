import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { SceneBuilder } from "../testing/scene-builder";

/** One of each thing the reader leaves unread: a bad element, a stroke, an image-less embed, a blank box, a loose arrow. */
function sceneWithEverythingUnread(): unknown[] {
  const b = new SceneBuilder();
  const api = b.box("API", 0, 0);
  b.box("", 2, 0);
  const db = b.box("DB", 3, 3);
  const arrow = b.arrow(api, db, { bound: false });
  const element = b.elements.find((e) => e.id === arrow) as unknown as { points: number[][] };
  element.points[1] = [200, 0];
  return [
    ...b.elements,
    { id: "bad-x", type: "rectangle", x: "left", y: 0, width: 10, height: 10 },
    { id: "pen", type: "freedraw", x: 0, y: 0, width: 10, height: 10, points: [[0, 0]] },
    { id: "pic", type: "laser", x: 0, y: 0, width: 10, height: 10 },
  ];
}

describe("unread notes in the analysis's language", () => {
  it("writes every note in Korean for a Korean analysis, with a code the UI can rely on", () => {
    const { unread } = analyzeScene(sceneWithEverythingUnread(), { language: "ko" });
    expect(unread.map((u) => u.code).sort()).toEqual(
      ["freehand", "invalid_element", "loose_arrow", "unlabelled_shape", "unsupported_type"].sort(),
    );
    for (const u of unread) expect(u.reason, u.code).toMatch(/[가-힣]/);
    expect(unread.find((u) => u.code === "loose_arrow")?.reason).toContain("끝점");
    expect(unread.find((u) => u.code === "invalid_element")?.reason).toContain("x");
  });

  it("writes them in English for an English analysis", () => {
    const { unread } = analyzeScene(sceneWithEverythingUnread(), { language: "en" });
    for (const u of unread) expect(u.reason, u.code).not.toMatch(/[가-힣]/);
    expect(unread.find((u) => u.code === "loose_arrow")?.reason).toBe(
      "an arrow with its end attached to no component",
    );
    expect(unread.find((u) => u.code === "unsupported_type")?.reason).toBe(
      '1 element(s) of type "laser" not read',
    );
  });
});
