import {
  type Category,
  type Evaluation,
  type Language,
  PERSONA_IDS,
  type PersonaId,
  roleSchema,
} from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chooseQuestions } from "../bank/choose-questions";
import { currentQuestion } from "../flow/current-question";
import { startInterview } from "../flow/interview-state";
import { nextStep } from "../flow/next-step";
import { assignPersonas, speakingOrder } from "./assign-personas";
import { personaVerdicts } from "./persona-verdicts";
import { fitRank, ownCategories, panelMember } from "./personas";

const ALL: PersonaId[] = ["hr", "tech_lead", "executive"];
const plan = (count: number, seed = "s1", role: (typeof roleSchema.options)[number] = "backend") =>
  chooseQuestions({ role, language: "ko", count, seed });
const asked = (assigned: { persona: PersonaId }[], persona: PersonaId) =>
  assigned.filter((q) => q.persona === persona).length;

describe("routing questions to the AI panel", () => {
  it("gives each persona of a full panel the categories it owns", () => {
    const assigned = assignPersonas(plan(9), ALL);
    for (const q of assigned) expect(ownCategories(q.persona), q.category).toContain(q.category);
    const of = (p: PersonaId) => assigned.filter((q) => q.persona === p).map((q) => q.category);
    expect(of("tech_lead")).toEqual(expect.arrayContaining(["project", "technical", "problem_solving"]));
    expect(of("hr")).toEqual(expect.arrayContaining(["intro", "strength", "teamwork"]));
    expect(of("executive")).toEqual(expect.arrayContaining(["motivation", "growth", "closing"]));
  });

  it("asks every category of a two-person panel through the better fit of the two", () => {
    for (const pair of [
      ["tech_lead", "hr"],
      ["hr", "executive"],
      ["executive", "tech_lead"],
    ] as PersonaId[][]) {
      const assigned = assignPersonas(plan(9), pair);
      expect(new Set(assigned.map((q) => q.persona))).toEqual(new Set(pair));
      for (const q of assigned) {
        const other = pair.find((p) => p !== q.persona)!;
        expect(fitRank(q.persona, q.category), `${q.category} -> ${q.persona}`).toBeLessThan(
          fitRank(other, q.category),
        );
      }
    }
  });

  it("lets every panelist speak whenever there are enough questions, on every role, size and seed", () => {
    const subsets: PersonaId[][] = [
      ALL,
      ["tech_lead", "hr"],
      ["hr", "executive"],
      ["tech_lead", "executive"],
    ];
    for (const role of roleSchema.options)
      for (const panel of subsets)
        for (let count = panel.length; count <= 12; count++)
          for (const seed of ["a", "b", "c"]) {
            const assigned = assignPersonas(plan(count, seed, role), panel);
            for (const p of panel) expect(asked(assigned, p), `${role} ${panel} ${count}`).toBeGreaterThan(0);
            expect(assigned.every((q) => panel.includes(q.persona))).toBe(true);
          }
  });

  it("spreads a one-category practice set over the panel, closest fits first", () => {
    const technical: { id: string; category: Category }[] = ["t1", "t2", "t3", "t4"].map((id) => ({
      id,
      category: "technical",
    }));
    const assigned = assignPersonas(technical, ALL);
    expect(asked(assigned, "tech_lead")).toBe(2);
    expect(asked(assigned, "executive")).toBe(1);
    expect(asked(assigned, "hr")).toBe(1);
  });

  it("keeps a plan shorter than the panel whole and refuses an empty panel", () => {
    const one = assignPersonas(plan(1), ALL);
    expect(one).toHaveLength(1);
    expect(one[0]!.persona).toBe("hr"); // the introduction
    expect(() => assignPersonas(plan(3), [])).toThrow(RangeError);
  });

  it("orders the panel as its members first speak", () => {
    const assigned = assignPersonas(plan(9), ["executive", "tech_lead", "hr"]);
    expect(speakingOrder(assigned, ["executive", "tech_lead", "hr"])[0]).toBe("hr");
    expect(speakingOrder([], ["executive", "hr"])).toEqual(["executive", "hr"]);
  });
});

describe("a panel interview runs on the one interview flow", () => {
  it("has the follow-up asked by the persona who asked the main question, also after a reload", () => {
    let state = startInterview(assignPersonas(plan(9), ALL));
    const seen: { id: string; persona?: PersonaId; followUp?: boolean }[] = [];
    for (let turn = 0; turn < 30; turn++) {
      const question = currentQuestion(state);
      if (!question) break;
      seen.push(question);
      const step = nextStep(state, { questionId: question.id, followUp: { text: "조금 더 구체적으로요?" } });
      if (!step.ok) throw new Error(step.error);
      state = JSON.parse(JSON.stringify(step.state)); // as stored and read back
    }
    expect(seen).toHaveLength(18);
    for (const [i, q] of seen.entries()) {
      expect(q.persona).toBeDefined();
      if (q.followUp) expect(q.persona).toBe(seen[i - 1]!.persona);
    }
    expect(new Set(seen.map((q) => q.persona))).toEqual(new Set(ALL));
  });

  it("asks without a persona when the plan has none (a standard interview)", () => {
    expect(currentQuestion(startInterview(plan(3)))).not.toHaveProperty("persona");
  });
});

const evaluation = (total: number, scores: Partial<Evaluation["scores"]> = {}): Evaluation => ({
  scores: { specificity: 3, logic: 3, technical: 3, star: 3, communication: 3, ...scores },
  total,
  feedback: "",
  star: { situation: 0, task: 0, action: 0, result: 0 },
  evidence: [],
  provider: "rules",
});

describe("what each interviewer says about the candidate", () => {
  const members = (language: Language) => PERSONA_IDS.map((id) => panelMember(id, language));
  const answers = [
    {
      persona: "tech_lead",
      followUp: false,
      question: "캐시 무효화는 어떻게 설계했나요?",
      evaluation: evaluation(22, { technical: 5, logic: 4 }),
    },
    { persona: "tech_lead", followUp: true, question: "그때 장애는요?", evaluation: evaluation(20) },
    {
      persona: "hr",
      followUp: false,
      question: "갈등을 어떻게 풀었나요?",
      evaluation: evaluation(9, { communication: 1, star: 2 }),
    },
  ] as const;

  it("judges each persona's own questions, follow-ups counting half", () => {
    const verdicts = personaVerdicts(members("ko"), answers, "ko");
    const of = (p: PersonaId) => verdicts.find((v) => v.persona === p)!;
    expect(of("tech_lead")).toMatchObject({
      answered: 2,
      average: 21.3,
      recommendation: "strong_yes",
      title: "기술 리드",
    });
    expect(of("hr")).toMatchObject({ answered: 1, average: 9, recommendation: "no" });
    expect(of("executive")).toMatchObject({ answered: 0, average: null, recommendation: "none" });
    expect(of("tech_lead").summary).toContain("캐시 무효화");
    // (technical 5 + logic 4) / 2 on the main answer, 3 on the follow-up weighing half: 4.0.
    expect(of("tech_lead").summary).toContain("4.0/5");
    expect(of("hr").summary).toMatch(/전달력.*STAR/);
  });

  it("speaks the session's language", () => {
    const inEnglish = answers.map((a, i) => ({ ...a, question: `Question ${i + 1}?` }));
    const english = personaVerdicts(members("en"), inEnglish, "en");
    expect(english.map((v) => v.title)).toEqual(["Tech lead", "HR manager", "Executive"]);
    for (const verdict of english) expect(verdict.summary).toMatch(/^[^가-힣]+$/u);
  });
});
