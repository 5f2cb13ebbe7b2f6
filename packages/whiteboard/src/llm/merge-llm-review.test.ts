import type { LlmDiagramReview } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { analyzeScene } from "../analyze";
import { findProblem } from "../problems/catalog";
import { drawDesign, poorDesign } from "../testing";
import { mergeLlmReview } from "./merge-llm-review";

const { elements, ids } = drawDesign(poorDesign("User", "Server", "DB"));
const rules = () => analyzeScene(elements, { problem: findProblem("url-shortener"), language: "en" });
const finding = (text: string, components: string[], kind: "weakness" | "strength" = "weakness") => ({
  kind,
  category: "security" as const,
  text,
  components,
});

describe("mergeLlmReview", () => {
  const componentIds = Object.values(ids);

  it("keeps the rules' scores and findings, and adds the model's about real components", () => {
    const base = rules();
    const review: LlmDiagramReview = {
      narrative: "A minimal design.",
      findings: [finding("The server talks to the database with no pooling.", componentIds.slice(1))],
      followUps: [{ question: "How does the server survive a restart?", components: [componentIds[1]!] }],
    };
    const merged = mergeLlmReview(base, review, "m");
    expect(merged.scores).toEqual(base.scores);
    expect(merged.weaknesses.slice(0, base.weaknesses.length)).toEqual(base.weaknesses);
    expect(merged.weaknesses.at(-1)).toMatchObject({ source: "llm", code: "llm_weakness" });
    expect(merged.narrative).toBe("A minimal design.");
    expect(merged.provider).toBe("rules+llm:m");
    expect(merged.followUps.at(-1)?.question).toMatch(/restart/);
  });

  it("drops findings about unknown or no components, markup, links, repeats and floods", () => {
    const base = rules();
    const repeat = base.weaknesses[0]!.text;
    const flood = Array.from({ length: 8 }, (_, i) =>
      finding(`Extra point number ${i}.`, [componentIds[0]!]),
    );
    const review: LlmDiagramReview = {
      narrative: "Visit http://x.example for details",
      findings: [
        finding("A ghost component is weak.", ["ghost"]),
        finding("Half real, half invented.", [componentIds[0]!, "ghost"]),
        finding("<b>bold</b> claim", [componentIds[0]!]),
        finding("see www.example.com", [componentIds[0]!]),
        finding(` ${repeat.toUpperCase()} `, [componentIds[0]!]),
        ...flood,
      ],
      followUps: [{ question: "Invented?", components: ["ghost"] }],
    };
    const merged = mergeLlmReview(base, review, "m");
    const added = merged.weaknesses.filter((f) => f.source === "llm");
    expect(added.map((f) => f.text)).toEqual([
      "Extra point number 0.",
      "Extra point number 1.",
      "Extra point number 2.",
    ]);
    expect(merged.narrative).toBeUndefined();
    expect(merged.followUps).toEqual(base.followUps);
  });
});
