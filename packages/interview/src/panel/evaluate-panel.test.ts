import type { Evaluation } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluatePanel } from "./evaluate-panel";
import { MAX_ANSWER_CHARS, type PanelLine, panelAnswers } from "./panel-answers";

const candidates = [
  { id: "a", name: "Ann" },
  { id: "b", name: "Ben" },
  { id: "c", name: "Cy" },
];
const asked = (text: string): PanelLine => ({ speakerId: "i", role: "interviewer", text });
const said = (speakerId: string, text: string): PanelLine => ({ speakerId, role: "candidate", text });

const TECH = "Tell us about a performance problem you solved in a recent project.";
const STRONG =
  "Our order API took over two seconds after a release. I profiled it and found an N+1 query in the order service, so I replaced it with a join and added a composite index. Latency dropped to 150 milliseconds and database CPU fell by 40 percent.";
const HIKING =
  "I like hiking on weekends and trying new restaurants. My dog enjoys long walks in the park too.";

describe("evaluatePanel (rules)", () => {
  const input = (lines: PanelLine[], items = ["Technical", "Experience", "Character", "Motivation"]) => ({
    language: "en" as const,
    items,
    candidates,
    lines,
  });

  it("scores substance: a concrete answer beats an off-topic one and silence on every item", () => {
    const result = evaluatePanel(input([asked(TECH), said("a", STRONG), said("b", HIKING)]));
    const [ann, ben, cy] = ["Ann", "Ben", "Cy"].map((n) => result.candidates[n]);
    expect(ann?.scores.Technical).toBeGreaterThanOrEqual(3);
    for (const item of ["Technical", "Experience"]) {
      expect(ann?.scores[item]).toBeGreaterThan(ben?.scores[item] ?? 5);
      expect(ben?.scores[item]).toBeLessThanOrEqual(2);
    }
    expect(cy).toMatchObject({ answers: 0, evidence: [] });
    expect(Object.values(cy?.scores ?? {})).toEqual([1, 1, 1, 1]);
    expect(ben?.evidence).toEqual([]);
    for (const e of ann?.evidence ?? []) expect(STRONG).toContain(e.quote.replace(/…$/, ""));
  });

  it("does not credit an item nobody asked about beyond 3, and suggests asking it", () => {
    const ann = evaluatePanel(input([asked(TECH), said("a", STRONG)])).candidates.Ann;
    expect(ann?.scores.Motivation).toBeLessThanOrEqual(3);
    expect(ann?.questions.some((q) => /why this role/i.test(q))).toBe(true);
  });

  it("attributes words to the candidate who said them, never to a neighbour", () => {
    const result = evaluatePanel(input([asked(TECH), said("b", STRONG), said("a", HIKING)]));
    expect(result.candidates.Ben?.scores.Technical).toBeGreaterThan(
      result.candidates.Ann?.scores.Technical ?? 5,
    );
  });

  it("keeps custom items and gives a repeated answer no extra credit", () => {
    const once = evaluatePanel(input([asked(TECH), said("a", STRONG)], ["Coding", "Ownership"])).candidates
      .Ann;
    expect(Object.keys(once?.scores ?? {})).toEqual(["Coding", "Ownership"]);
    const twice = evaluatePanel(
      input(
        [asked(TECH), said("a", STRONG), asked("Anything else?"), said("a", STRONG)],
        ["Coding", "Ownership"],
      ),
    ).candidates.Ann;
    expect(twice?.scores.Coding).toBeLessThanOrEqual(once?.scores.Coding ?? 0);
  });

  it("bounds a flood of lines in a row: the answer stops growing, so it is not judged again every period", () => {
    const flood = Array.from({ length: 120 }, (_, i) => said("a", `${STRONG} (${i})`));
    const cache = new Map<string, Evaluation>();
    const first = evaluatePanel({ ...input([asked(TECH), ...flood]), cache });
    const [answer] = panelAnswers([asked(TECH), ...flood], "en");
    expect(answer?.text.length).toBe(MAX_ANSWER_CHARS);
    expect(answer?.text.startsWith(STRONG)).toBe(true);
    const judged = cache.size;
    const more = Array.from({ length: 60 }, (_, i) => said("a", `And more, part ${i}. ${HIKING}`));
    const second = evaluatePanel({ ...input([asked(TECH), ...flood, ...more]), cache });
    expect(cache.size).toBe(judged); // nothing new to judge: the answer was already at its cap
    expect(second.candidates.Ann?.scores).toEqual(first.candidates.Ann?.scores);
    // One long line is cut too.
    const [huge] = panelAnswers([asked(TECH), said("b", "x".repeat(50_000))], "en");
    expect(huge?.text.length).toBe(MAX_ANSWER_CHARS);
  });
});
