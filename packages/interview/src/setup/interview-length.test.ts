import { describe, expect, it } from "vitest";
import { currentQuestion, isInterviewDone } from "../flow/current-question";
import { type InterviewState, type PlanEntry, startInterview } from "../flow/interview-state";
import { type AnswerStep, nextStep } from "../flow/next-step";
import {
  INTERVIEW_MINUTES,
  MAX_TIMED_QUESTIONS,
  MIN_TIMED_QUESTIONS,
  questionsForMinutes,
  timedPlan,
  timeIsSpent,
} from "./interview-length";

const plan: PlanEntry[] = [
  { id: "intro", category: "intro", text: "자기소개 부탁드립니다." },
  { id: "project", category: "project", text: "가장 어려웠던 프로젝트는?" },
  { id: "technical", category: "technical", text: "인덱스는 어떻게 동작하나요?" },
  { id: "teamwork", category: "teamwork", text: "갈등을 어떻게 풀었나요?" },
  { id: "closing", category: "closing", text: "마지막으로 하실 말씀은?" },
];
const probe = { text: "그 수치는 어떻게 측정하셨나요?" };

function answer(state: InterviewState, step: AnswerStep) {
  const result = nextStep(state, step);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("questions planned from the interview's minutes", () => {
  it("plans more questions for more minutes, fewer for a longer answer limit", () => {
    const counts = INTERVIEW_MINUTES.map((minutes) => questionsForMinutes(minutes, 120));
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    expect(questionsForMinutes(30, 60)).toBeGreaterThan(questionsForMinutes(30, 180));
  });

  it("leaves room for follow-ups: an advanced interview plans fewer main questions than a basic one", () => {
    expect(questionsForMinutes(30, 120, "advanced")).toBeLessThan(questionsForMinutes(30, 120, "basic"));
  });

  it("fits the planned questions, with their likely follow-ups, inside the time", () => {
    for (const minutes of INTERVIEW_MINUTES) {
      for (const limit of [60, 120, 180]) {
        const count = questionsForMinutes(minutes, limit, "intermediate");
        // Each question: asked (~20 s), answered in about two thirds of the limit, one follow-up in two.
        const spent = count * (20 + (limit * 2) / 3) * 1.5;
        if (count > MIN_TIMED_QUESTIONS) expect(spent).toBeLessThanOrEqual(minutes * 60);
      }
    }
    expect(questionsForMinutes(20, 120)).toBe(8);
  });

  it("keeps an opening and a closing in the shortest, and the API's cap in the longest", () => {
    expect(questionsForMinutes(1, 600, "advanced")).toBe(MIN_TIMED_QUESTIONS);
    expect(questionsForMinutes(90, 30, "basic")).toBe(MAX_TIMED_QUESTIONS);
    expect(() => questionsForMinutes(0, 120)).toThrow(RangeError);
    expect(() => questionsForMinutes(10, Number.NaN)).toThrow(RangeError);
  });
});

describe("the time of a timed interview", () => {
  const start = new Date("2026-12-06T10:00:00Z");
  it("is spent only once the minutes have passed, and never without minutes", () => {
    expect(timeIsSpent(start, new Date("2026-12-06T10:09:59Z"), 10)).toBe(false);
    expect(timeIsSpent(start, new Date("2026-12-06T10:10:00Z"), 10)).toBe(true);
    expect(timeIsSpent(start, new Date("2026-12-06T12:00:00Z"), null)).toBe(false);
    expect(timeIsSpent(start, new Date("2026-12-06T12:00:00Z"), undefined)).toBe(false);
  });

  it("cuts the plan to the questions asked and the closing", () => {
    expect(timedPlan(plan, null)).toBe(plan);
    expect(timedPlan(plan, 1).map((q) => q.id)).toEqual(["intro", "project", "closing"]);
    expect(timedPlan(plan, 4).map((q) => q.id)).toEqual(plan.map((q) => q.id));
  });
});

describe("a timed interview whose time is spent", () => {
  it("moves to the closing instead of the next main question, and asks no follow-up", () => {
    let state = answer(startInterview(plan), { questionId: "intro", followUp: null }).state;
    const step = answer(state, { questionId: "project", followUp: probe, timeSpent: true });
    expect(step.wrappedUp).toBe(true);
    expect(step.recorded.followUpQuestion).toBeNull();
    expect(step.next).toMatchObject({ id: "closing", index: 2, total: 3, followUp: false });
    state = step.state;
    const last = answer(state, { questionId: "closing", followUp: probe, timeSpent: true });
    expect(last.wrappedUp).toBe(false);
    expect(last.done).toBe(true);
    expect(isInterviewDone(last.state)).toBe(true);
  });

  it("answering a follow-up after the time ran out also goes to the closing", () => {
    let state = startInterview(plan);
    state = answer(state, { questionId: "intro", followUp: probe }).state;
    const step = answer(state, { questionId: "intro~f", followUp: null, timeSpent: true });
    expect(step.next?.id).toBe("closing");
    expect(step.state.wrapUpAfter).toBe(0);
  });

  it("is rebuilt wrapped up from the stored answers and the stored wrap-up point (a restart)", () => {
    const answers = [
      { questionId: "intro", followUp: false, followUpQuestion: null },
      { questionId: "project", followUp: false, followUpQuestion: null },
    ];
    expect(currentQuestion({ plan, answers })?.id).toBe("technical");
    expect(currentQuestion({ plan, answers, wrapUpAfter: 1 })?.id).toBe("closing");
  });

  it("ends at once when the plan has no closing question", () => {
    const practice = plan.filter((q) => q.category !== "closing");
    const step = answer(startInterview(practice), { questionId: "intro", followUp: probe, timeSpent: true });
    expect(step.done).toBe(true);
    expect(step.next).toBeNull();
  });

  it("runs the whole plan while time remains", () => {
    let state = startInterview(plan);
    for (const entry of plan) {
      const step = answer(state, { questionId: entry.id, followUp: null, timeSpent: false });
      expect(step.wrappedUp).toBe(false);
      state = step.state;
    }
    expect(state.answers.map((a) => a.questionId)).toEqual(plan.map((q) => q.id));
  });
});
