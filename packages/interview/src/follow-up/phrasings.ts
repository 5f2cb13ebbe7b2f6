import type { Language } from "@studio/protocol";

/** Reasons worded from the templates below; `off_topic` and `missing_point` have their own. */
const STORY_REASONS = ["no_result", "no_personal_action", "vague", "too_short", "unexplained_tech"] as const;
type StoryReason = (typeof STORY_REASONS)[number];

export const FOLLOW_UP_REASONS = [
  "no_result",
  "no_personal_action",
  "vague",
  "too_short",
  "unexplained_tech",
  "off_topic",
  "missing_point",
  // A solid answer probed further by a demanding interviewer (고급 difficulty or 압박 style).
  "depth_probe",
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

/**
 * What an interviewer says for each reason. `{p}` is a phrase quoted from the answer; Korean templates
 * put a fixed noun (부분, 과정, 건) or 의 after it, so no particle has to agree with the quoted word.
 */
export interface Phrasings {
  quoted: string[];
  plain: string[];
}

export const PHRASINGS: Record<StoryReason, Record<Language, Phrasings>> = {
  no_personal_action: {
    ko: {
      quoted: [
        "말씀하신 {p} 과정에서 본인이 직접 맡으신 부분은 무엇이었나요?",
        "{p} 작업을 팀이 함께 하셨다고 하셨는데, 그중 본인이 직접 결정하거나 실행하신 일은 무엇이었는지 구체적으로 말씀해 주시겠어요?",
        "팀 전체의 성과 말고, {p} 관련해서 본인이 직접 하신 일을 한 가지만 짚어 주시겠어요?",
      ],
      plain: [
        "팀이 함께 하신 일 중에서 본인이 직접 맡으신 부분은 무엇이었나요?",
        "그 일에서 본인이 직접 결정하거나 실행하신 것은 무엇이었는지 구체적으로 말씀해 주시겠어요?",
      ],
    },
    en: {
      quoted: [
        "You mentioned {p}. What exactly did you do yourself, and what changed as a result?",
        "You described what the team did with {p}. Which part was yours, and what decisions did you make?",
        "Setting the team aside for a moment: on {p}, what was your personal contribution?",
      ],
      plain: [
        "What exactly did you do yourself, as opposed to the team?",
        "Which part of that work was yours, and what decisions did you make?",
      ],
    },
  },
  no_result: {
    ko: {
      quoted: [
        "{p} 이후에 구체적으로 어떤 변화가 있었나요? 수치로 말씀해 주실 수 있을까요?",
        "말씀하신 {p} 건은 결과적으로 어떤 성과로 이어졌나요? 전후를 비교해서 말씀해 주시겠어요?",
        "{p} 부분의 효과는 어떻게 확인하셨나요? 측정하신 지표가 있다면 함께 말씀해 주세요.",
      ],
      plain: [
        "그래서 결과적으로 어떤 변화가 있었나요? 수치로 말씀해 주실 수 있을까요?",
        "그 일의 성과는 어떻게 확인하셨나요? 전후를 비교해서 말씀해 주시겠어요?",
      ],
    },
    en: {
      quoted: [
        "What was the outcome of {p}? Can you put a number on it?",
        "How did you know {p} worked? What did you measure before and after?",
        "You described {p}. What changed for users or the business afterwards?",
      ],
      plain: [
        "What was the outcome? Can you put a number on it?",
        "How did you know it worked? What did you measure?",
      ],
    },
  },
  unexplained_tech: {
    ko: {
      quoted: [
        "말씀하신 {p} 부분을 조금 더 설명해 주시겠어요? 어떻게 동작하고, 왜 그 방식을 선택하는지 궁금합니다.",
        "{p} 관련해서, 다른 대안과 비교했을 때 어떤 장단점이 있나요?",
        "{p}의 동작 원리와 함께, 실제로 쓰시면서 겪은 한계가 있었다면 말씀해 주세요.",
      ],
      plain: [
        "언급하신 기술을 왜 선택하셨고 어떻게 동작하는지 조금 더 설명해 주시겠어요?",
        "그 기술을 다른 대안과 비교했을 때 어떤 장단점이 있었나요?",
      ],
    },
    en: {
      quoted: [
        "You mentioned {p}. How does it work, and why would you choose it?",
        "Could you explain {p} in a bit more depth: how it works and what it costs?",
        "Can you walk me through how {p} works and where its limits are?",
      ],
      plain: [
        "How does the technology you mentioned work, and why did you choose it?",
        "What trade-offs did that choice bring compared with the alternatives?",
      ],
    },
  },
  vague: {
    ko: {
      quoted: [
        "{p} 부분을 구체적인 사례 하나로 설명해 주시겠어요?",
        "말씀하신 {p} 부분을 조금 더 구체적으로 말씀해 주시겠어요? 실제 사례나 수치가 있으면 좋겠습니다.",
        "말씀하신 {p} 부분을 예를 하나 들어 구체적으로 설명해 주시겠어요?",
      ],
      plain: [
        "조금 더 구체적으로 여쭤보고 싶은데요, 실제 있었던 상황 하나를 예로 들어 주실 수 있을까요?",
        "그중 실제로 하신 일 한 가지를 골라 자세히 말씀해 주시겠어요?",
      ],
    },
    en: {
      quoted: [
        "When you talk about {p}, what specifically do you mean? One concrete example would help.",
        "Could you be more specific about {p}? A concrete example or a number would help.",
        "You mentioned {p}. What, concretely, makes you say that?",
      ],
      plain: [
        "Could you give me one concrete example: when it was, what you did, and how it turned out?",
        "Let's make that concrete: pick one specific situation and walk me through it.",
      ],
    },
  },
  too_short: {
    ko: {
      quoted: [
        "조금 더 자세히 듣고 싶습니다. {p} 부분을 실제 경험 하나를 들어 설명해 주시겠어요?",
        "{p} 관련해서 배경과 본인이 하신 일을 조금 더 말씀해 주시겠어요?",
        "말씀하신 {p} 부분은 구체적으로 어떤 상황이었는지 조금 더 풀어서 말씀해 주세요.",
      ],
      plain: [
        "조금 더 자세히 듣고 싶습니다. 실제 경험 하나를 들어 설명해 주시겠어요?",
        "작은 경험이어도 괜찮습니다. 어떤 상황이었고 무엇을 하셨는지 말씀해 주시겠어요?",
      ],
    },
    en: {
      quoted: [
        "Could you expand on that? Tell me about {p} with one real example.",
        "I'd like to hear more about {p}. What was the context, and what did you do?",
        "Can you say a bit more about {p}? A specific case would help.",
      ],
      plain: [
        "Could you expand on that with one real example?",
        "Even a small example is fine: what was the situation, and what did you do?",
      ],
    },
  },
};

/** Technical questions: a short answer is followed up on depth, not on a story. */
export const DEPTH_PHRASINGS: Record<Language, Phrasings> = {
  ko: {
    quoted: [
      "조금 더 깊이 여쭤보겠습니다. {p}의 동작 원리를 단계별로 설명해 주시겠어요?",
      "{p}의 장단점이나 실무에서 주의할 점을 사례와 함께 말씀해 주시겠어요?",
    ],
    plain: [
      "조금 더 깊이 여쭤보겠습니다. 동작 원리를 단계별로 설명해 주시겠어요?",
      "아는 데까지라도 좋습니다. 핵심 개념을 한 문장으로 정의하고, 예를 하나 들어 주시겠어요?",
    ],
  },
  en: {
    quoted: [
      "Let's go one level deeper: how does {p} work under the hood, step by step?",
      "What are the trade-offs of {p}, or where does it get tricky in practice? An example would help.",
    ],
    plain: [
      "Let's go one level deeper: how does it work under the hood, step by step?",
      "Start with what you do know: define the core idea in one sentence, then give an example.",
    ],
  },
};

/** Redirects for an answer that did not answer: `{q}` is the question restated. */
export const REDIRECT_PHRASINGS: Record<Language, string[]> = {
  ko: [
    '말씀 감사합니다. 다만 제가 여쭤본 것은 "{q}"였어요. 이 질문에 대해 다시 말씀해 주시겠어요?',
    '질문으로 다시 돌아가 볼게요. "{q}" 이 부분에 대한 생각을 듣고 싶습니다.',
  ],
  en: [
    'Thank you. What I asked, though, was: "{q}" Could you answer that directly?',
    'Let me bring us back to the question: "{q}" I\'d like to hear your answer to that.',
  ],
};

/** Asking for the most important talking point the answer left out: `{p}` is its label. */
export const MISSING_POINT_PHRASINGS: Record<Language, string[]> = {
  ko: [
    "'{p}' 부분은 어떻게 생각하시나요? 그 부분도 말씀해 주시겠어요?",
    "하나만 더 여쭤볼게요. '{p}' 측면에서는 어떻게 설명하시겠어요?",
  ],
  en: [
    "You haven't touched on {p} yet. How would you address that?",
    "One more angle: what about {p}? Walk me through it.",
  ],
};

/** Asking for the evidence behind a claim about oneself: `{p}` is the claim as said. */
export const CLAIM_PHRASINGS: Record<Language, string[]> = {
  ko: [
    "'{p}'(이)라고 하셨는데, 그런 모습이 드러났던 구체적인 경험을 하나 말씀해 주시겠어요?",
    "스스로를 '{p}'(이)라고 보시는 근거가 된 일을 하나 들려주시겠어요?",
  ],
  en: [
    "You described yourself as {p}. Can you tell me about a specific time that showed?",
    "What's one concrete situation where being {p} made a difference?",
  ],
};
