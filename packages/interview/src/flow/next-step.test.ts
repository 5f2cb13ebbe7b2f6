import { describe, expect, it } from "vitest";
import { currentQuestion, isInterviewDone } from "./current-question";
import { type InterviewState, type PlanEntry, startInterview } from "./interview-state";
import { type AnswerStep, nextStep } from "./next-step";

const plan: PlanEntry[] = [
  { id: "ko-general-intro-01", category: "intro", text: "간단하게 자기소개 부탁드립니다." },
  { id: "ko-general-project-02", category: "project", text: "가장 어려웠던 프로젝트는 무엇이었나요?" },
  { id: "ko-general-closing-01", category: "closing", text: "마지막으로 하고 싶은 말씀이 있나요?" },
];
const probe = { text: "그때 본인이 직접 맡은 일은 무엇이었나요?" };

function answer(state: InterviewState, step: AnswerStep) {
  const result = nextStep(state, step);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("interview flow", () => {
  it("starts on the first main question", () => {
    expect(currentQuestion(startInterview(plan))).toEqual({
      id: "ko-general-intro-01",
      category: "intro",
      text: "간단하게 자기소개 부탁드립니다.",
      index: 0,
      total: 3,
      followUp: false,
    });
  });

  it("walks through the main questions and is done after the last one", () => {
    let state = startInterview(plan);
    const seen: (string | undefined)[] = [];
    for (const entry of plan) {
      const step = answer(state, { questionId: entry.id, followUp: null });
      seen.push(step.next?.id);
      state = step.state;
    }
    expect(seen).toEqual(["ko-general-project-02", "ko-general-closing-01", undefined]);
    expect(isInterviewDone(state)).toBe(true);
    expect(nextStep(state, { questionId: "ko-general-closing-01", followUp: null })).toEqual({
      ok: false,
      error: "interview_done",
    });
  });

  it("asks the follow-up the engine returned, with its own id, then moves on", () => {
    const first = answer(startInterview(plan), { questionId: "ko-general-intro-01", followUp: null });
    const main = answer(first.state, { questionId: "ko-general-project-02", followUp: probe });
    expect(main.next).toEqual({
      id: "ko-general-project-02~f",
      category: "project",
      text: probe.text,
      index: 1,
      total: 3,
      followUp: true,
    });
    expect(main.done).toBe(false);
    const follow = answer(main.state, { questionId: "ko-general-project-02~f", followUp: probe });
    expect(follow.answered.followUp).toBe(true);
    expect(follow.next?.id).toBe("ko-general-closing-01");
    expect(follow.next?.index).toBe(2);
  });

  it("never asks a second follow-up on the same main question", () => {
    let state = startInterview(plan);
    const asked: string[] = [];
    for (let i = 0; i < 10; i++) {
      const current = currentQuestion(state);
      if (!current) break;
      asked.push(current.id);
      state = answer(state, { questionId: current.id, followUp: probe }).state;
    }
    expect(asked).toEqual([
      "ko-general-intro-01",
      "ko-general-intro-01~f",
      "ko-general-project-02",
      "ko-general-project-02~f",
      "ko-general-closing-01",
      "ko-general-closing-01~f",
    ]);
  });

  it("finishes with the follow-up of the last main question", () => {
    let state = startInterview(plan.slice(0, 1));
    const main = answer(state, { questionId: "ko-general-intro-01", followUp: probe });
    expect(main.done).toBe(false);
    state = answer(main.state, { questionId: "ko-general-intro-01~f", followUp: null }).state;
    expect(isInterviewDone(state)).toBe(true);
  });

  it("treats a blank follow-up as none", () => {
    const step = answer(startInterview(plan), {
      questionId: "ko-general-intro-01",
      followUp: { text: "  " },
    });
    expect(step.next?.id).toBe("ko-general-project-02");
    expect(step.recorded.followUpQuestion).toBeNull();
  });

  it("rejects an answer to a question other than the current one", () => {
    const state = startInterview(plan);
    expect(nextStep(state, { questionId: "ko-general-project-02", followUp: null })).toEqual({
      ok: false,
      error: "question_mismatch",
    });
    const waitingForFollowUp = answer(state, { questionId: "ko-general-intro-01", followUp: probe }).state;
    expect(
      nextStep(waitingForFollowUp, { questionId: "ko-general-project-02", followUp: null }),
    ).toMatchObject({
      ok: false,
      error: "question_mismatch",
    });
  });
});

describe("resuming from stored data", () => {
  it("rebuilds the current question from the plan and the stored answers alone", () => {
    let state = startInterview(plan);
    state = answer(state, { questionId: "ko-general-intro-01", followUp: null }).state;
    state = answer(state, { questionId: "ko-general-project-02", followUp: probe }).state;
    const stored = JSON.parse(JSON.stringify({ plan, answers: state.answers }));
    expect(currentQuestion(stored)).toEqual(currentQuestion(state));
    expect(currentQuestion(stored)?.id).toBe("ko-general-project-02~f");
  });

  it("resumes on the next main question when the stored answers carry no follow-up", () => {
    const stored: InterviewState = {
      plan,
      answers: [
        { questionId: "ko-general-intro-01", followUp: false },
        { questionId: "ko-general-project-02", followUp: false },
      ],
    };
    expect(currentQuestion(stored)?.id).toBe("ko-general-closing-01");
  });
});

describe("practice retry", () => {
  it("replaces the previous answer and stays where the interview was", () => {
    const first = answer(startInterview(plan), { questionId: "ko-general-intro-01", followUp: null });
    const retry = answer(first.state, { questionId: "ko-general-intro-01", followUp: null, retry: true });
    expect(retry.replaced).toBe(true);
    expect(retry.state.answers).toHaveLength(1);
    expect(retry.next?.id).toBe("ko-general-project-02");
  });

  it("re-decides a pending follow-up when the main answer is retried", () => {
    const first = answer(startInterview(plan), { questionId: "ko-general-intro-01", followUp: probe });
    expect(first.next?.followUp).toBe(true);
    const better = answer(first.state, { questionId: "ko-general-intro-01", followUp: null, retry: true });
    expect(better.next?.id).toBe("ko-general-project-02");
  });

  it("can retry a follow-up answer", () => {
    const main = answer(startInterview(plan), { questionId: "ko-general-intro-01", followUp: probe });
    const follow = answer(main.state, { questionId: "ko-general-intro-01~f", followUp: null });
    const retry = answer(follow.state, { questionId: "ko-general-intro-01~f", followUp: null, retry: true });
    expect(retry.answered).toMatchObject({ id: "ko-general-intro-01~f", followUp: true, text: probe.text });
    expect(retry.state.answers).toHaveLength(2);
    expect(retry.next?.id).toBe("ko-general-project-02");
  });

  it("retries the last question even after the interview is over", () => {
    let state = startInterview(plan.slice(0, 1));
    state = answer(state, { questionId: "ko-general-intro-01", followUp: null }).state;
    const retry = answer(state, { questionId: "ko-general-intro-01", followUp: null, retry: true });
    expect(retry.replaced).toBe(true);
    expect(retry.done).toBe(true);
  });

  it("only retries the most recently answered question", () => {
    let state = startInterview(plan);
    state = answer(state, { questionId: "ko-general-intro-01", followUp: null }).state;
    state = answer(state, { questionId: "ko-general-project-02", followUp: null }).state;
    expect(nextStep(state, { questionId: "ko-general-intro-01", followUp: null, retry: true })).toMatchObject(
      {
        ok: false,
        error: "question_mismatch",
      },
    );
  });

  it("treats a retry of the current, unanswered question as a first answer", () => {
    const step = answer(startInterview(plan), {
      questionId: "ko-general-intro-01",
      followUp: null,
      retry: true,
    });
    expect(step.replaced).toBe(false);
    expect(step.next?.id).toBe("ko-general-project-02");
  });
});
