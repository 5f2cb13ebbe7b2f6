import type { Category, Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";

const evaluate = (question: string, answer: string, language: Language, category: Category) =>
  evaluateAnswer({ question, answer, language, category });

/** Feedback that asks for a story's parts: a situation, a measured result, what "I" did. */
const STORY_ADVICE =
  /(상황|결과를 수치|전후를 비교|'제가'로|situation|Put a number on the result|what 'we' did|what your role was|walk through)/i;

describe("closing and forward-looking questions are not judged as stories", () => {
  const good: [string, string, Language, Category][] = [
    [
      "끝으로 저희에게 물어보고 싶은 것이 있나요?",
      "네, 있습니다. 이 팀에서 신규 입사자가 처음 맡게 되는 업무는 보통 어떤 것인가요? 그리고 장애가 났을 때 회고를 어떤 방식으로 진행하시는지도 궁금합니다.",
      "ko",
      "closing",
    ],
    [
      "Before we wrap up, is there anything you want to ask us?",
      "Yes. How do engineers and designers work together here when a feature is still being shaped? And what would you expect someone in this role to have delivered after the first quarter?",
      "en",
      "closing",
    ],
    [
      "10년 후 어떤 개발자가 되어 있을 것 같나요?",
      "10년 후에는 대규모 트래픽을 다루는 시스템을 설계하고 책임지는 아키텍트가 되어 있고 싶습니다. 그래서 지금은 장애 분석과 성능 개선 업무를 적극적으로 맡고 있고, 앞으로 3년 안에 분산 시스템 설계를 직접 이끌어 보는 것이 목표입니다. 동시에 주니어 개발자들이 빠르게 성장하도록 돕는 역할도 하고 싶습니다.",
      "ko",
      "growth",
    ],
    [
      "Where do you see yourself in five years?",
      "In five years I want to be the engineer people trust with the hardest reliability problems. That is why I keep volunteering for incident reviews now, and over the next two years I plan to lead a migration to event-driven services. I would also like to mentor two or three juniors, because teaching is how I learn best.",
      "en",
      "growth",
    ],
  ];

  it("a thoughtful question back or a concrete plan scores well", () => {
    for (const [question, answer, language, category] of good) {
      const e = evaluate(question, answer, language, category);
      expect(e.flags, question).toEqual([]);
      expect(e.scores.star, question).toBeGreaterThanOrEqual(4);
      expect(e.total, question).toBeGreaterThanOrEqual(17);
    }
  });

  it("their feedback asks for no situation, result figure or personal action", () => {
    for (const [question, answer, language, category] of good)
      expect(evaluate(question, answer, language, category).feedback, question).not.toMatch(STORY_ADVICE);
  });

  it("a thin answer to the same questions still scores well below a good one", () => {
    const thin: [string, string, Language, Category][] = [
      [
        "끝으로 저희에게 물어보고 싶은 것이 있나요?",
        "음 딱히 없는 것 같아요. 그냥 잘 봐 주시면 감사하겠습니다.",
        "ko",
        "closing",
      ],
      [
        "Where do you see yourself in five years?",
        "Um, I guess I'd probably still be doing something like this, maybe, we'll see.",
        "en",
        "growth",
      ],
    ];
    for (const [question, answer, language, category] of thin) {
      const e = evaluate(question, answer, language, category);
      expect(e.total, answer).toBeLessThanOrEqual(11);
    }
  });

  it("declining to ask anything gets advice to ask or to sum up, not to tell a story", () => {
    const e = evaluate(
      "Do you have any questions for me?",
      "No, I don't have any questions.",
      "en",
      "closing",
    );
    expect(e.feedback).not.toMatch(STORY_ADVICE);
  });

  it("a short answer is told what this kind of question wants: a question, a plan, a reason to close on", () => {
    const cases: [string, string, Language, Category, RegExp][] = [
      [
        "Any questions for us?",
        "What are the working hours? Is there free lunch?",
        "en",
        "closing",
        /ask at least one specific question about the role/,
      ],
      [
        "궁금한 점 있으면 물어보세요.",
        "연봉은 언제 알려 주시나요?",
        "ko",
        "closing",
        /구체적인 질문을 하나 이상/,
      ],
      [
        "3년 후 목표가 무엇인가요?",
        "음 아마 지금보다 성장해 있을 것 같아요.",
        "ko",
        "growth",
        /목표 한 문장, 그 이유 한 문장/,
      ],
      [
        "Any final words before we close?",
        "No, that's all. Thanks for having me.",
        "en",
        "closing",
        /close with one reason you fit this role/,
      ],
    ];
    for (const [question, answer, language, category, advice] of cases) {
      const feedback = evaluate(question, answer, language, category).feedback;
      expect(feedback, question).toMatch(advice);
      expect(feedback, question).not.toMatch(STORY_ADVICE);
    }
  });

  it("hedging in a plan is answered with how to state a plan, not with 'say what you did'", () => {
    const feedback = evaluate(
      "앞으로의 커리어 계획을 말씀해 주세요.",
      "아마 백엔드 쪽을 계속 하지 않을까 싶어요. 아마 나중에는 팀을 맡을 수도 있을 것 같습니다. 잘은 모르겠지만 클라우드도 공부해 볼 것 같아요.",
      "ko",
      "growth",
    ).feedback;
    expect(feedback).toMatch(/하겠습니다/);
    expect(feedback).not.toMatch(/~했습니다'로 단정/);
  });

  it("a growth question about a past occasion still wants the story", () => {
    const e = evaluate(
      "실패했던 경험과 그로부터 배운 점을 말씀해 주세요.",
      "저는 실패를 두려워하지 않는 편입니다. 실패를 통해 많이 배운다고 생각하고 항상 긍정적으로 받아들이려고 합니다.",
      "ko",
      "growth",
    );
    expect(e.scores.star).toBeLessThanOrEqual(2);
  });
});
