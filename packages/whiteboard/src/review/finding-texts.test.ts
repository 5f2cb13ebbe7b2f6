import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { SceneBuilder } from "../testing/scene-builder";
import { say } from "./messages";

describe("finding texts", () => {
  it("gives Korean particles the form the word before them needs", () => {
    expect(say("missing", "ko", [], "cache")).toMatch(/^캐시가 없습니다/);
    expect(say("missing", "ko", [], "api_server")).toMatch(/^API 서버가 없습니다/);
    expect(say("orphansFix", "ko", [{ id: "a", kind: "database", label: "주문 DB" }])).toBe(
      "주문 DB을(를) 흐름에 연결하거나 지우세요",
    );
    expect(say("orphansFix", "ko", [{ id: "a", kind: "database", label: "데이터베이스" }])).toContain(
      "데이터베이스를",
    );
    expect(say("orphansFix", "ko", [{ id: "a", kind: "database", label: "주문 저장소" }])).toContain(
      "저장소를",
    );
    expect(say("orphansFix", "ko", [{ id: "a", kind: "cache", label: "세션 캐시" }])).toContain("캐시를");
  });

  it("puts the right English article before a kind", () => {
    expect(say("recommendedAdd", "en", [], "auth")).toMatch(/^Consider an auth service/);
    expect(say("missingAdd", "en", [], "external")).toMatch(/^Add an external service/);
    expect(say("recommendedAdd", "en", [], "monitoring")).toMatch(/^Consider monitoring/);
    expect(say("recommendedAdd", "en", [], "cache")).toMatch(/^Consider a cache/);
  });

  it("says a drawn component that is wired to nothing is not connected, not that it is missing", () => {
    const scene = new SceneBuilder();
    scene.box("클라이언트", 0, 0);
    scene.box("API 서버", 1, 0);
    scene.box("데이터베이스", 0, 1);
    const result = analyzeScene(scene.elements, { problem: findProblem("url-shortener"), language: "ko" });
    const texts = result.weaknesses.map((w) => w.text);
    expect(texts.some((t) => t.startsWith("클라이언트가 흐름에 연결되지 않았습니다"))).toBe(true);
    expect(
      texts.some((t) =>
        /클라이언트이?\(?가?\)? 없습니다|API 서버가 없습니다|데이터베이스가 없습니다/.test(t),
      ),
    ).toBe(false);
    // What is truly absent is still named as missing.
    expect(texts.some((t) => t.startsWith("로드밸런서가 없습니다"))).toBe(true);
  });
});
