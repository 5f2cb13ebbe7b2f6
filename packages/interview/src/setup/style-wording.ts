import type { Category, InterviewerStyle, Language } from "@studio/protocol";

/** How each interviewer style opens and closes a follow-up; neutral says the question as it is. */
interface StyleFrame {
  /** Said before the follow-up, one picked per answer. */
  lead: string[];
  /** Said after it: what the interviewer insists on. */
  close: string;
}

const FOLLOW_UP_FRAMES: Record<Exclude<InterviewerStyle, "neutral">, Record<Language, StyleFrame>> = {
  friendly: {
    ko: {
      lead: ["말씀 잘 들었습니다. ", "좋은 경험을 들려주셔서 감사합니다. ", "네, 흥미로운 이야기네요. "],
      close: " 천천히 떠올려 보시고 편하게 말씀해 주셔도 괜찮습니다.",
    },
    en: {
      lead: ["Thanks, that's helpful. ", "I appreciate you sharing that. ", "That's an interesting story. "],
      close: " Take your time; there's no rush.",
    },
  },
  pressure: {
    ko: {
      lead: [
        "솔직히 지금 답변만으로는 판단하기 어렵습니다. ",
        "그 부분은 아직 설득이 되지 않습니다. ",
        "조금 더 파고들어 보겠습니다. ",
      ],
      close: " 일반론 말고, 직접 겪은 사실과 근거를 들어 정확하게 답해 주세요.",
    },
    en: {
      lead: [
        "Frankly, that answer doesn't tell me enough yet. ",
        "I'm not convinced yet. ",
        "Let me push on that. ",
      ],
      close: " Skip the generalities: give me facts you saw yourself and the evidence behind them.",
    },
  },
};

/** The follow-up as the chosen interviewer would say it; `seed` picks one of the style's openings. */
export function styleFollowUp(
  text: string,
  style: InterviewerStyle,
  language: Language,
  seed: number,
): string {
  if (style === "neutral") return text;
  const frame = FOLLOW_UP_FRAMES[style][language];
  return `${frame.lead[seed % frame.lead.length]}${text}${frame.close}`;
}

const TRANSITIONS: Record<Exclude<InterviewerStyle, "neutral">, Record<Language, string[]>> = {
  friendly: {
    ko: ["답변 감사합니다. 다음 질문 드릴게요. ", "잘 들었습니다. 이어서 여쭤볼게요. "],
    en: ["Thank you for that. Here's the next question. ", "Great, thanks. Let's move on. "],
  },
  pressure: {
    ko: ["다음 질문입니다. 핵심만 짧게 답해 주세요. ", "넘어가겠습니다. 이번에는 구체적으로 답해 주세요. "],
    en: ["Next question. Keep it to the point. ", "Moving on. Be specific this time. "],
  },
};

/** The next main question introduced as the chosen interviewer would; neutral asks it as planned. */
export function styleTransition(
  question: string,
  style: InterviewerStyle,
  language: Language,
  seed: number,
): string {
  if (style === "neutral") return question;
  const lines = TRANSITIONS[style][language];
  return `${lines[seed % lines.length]}${question}`;
}

/**
 * Follow-ups for an answer that left nothing obvious out: a demanding interviewer still digs into
 * limits, alternatives and how the claim was verified. `{p}` is a phrase of the answer, when found.
 */
export const PROBE_PHRASINGS: Record<"technical" | "story" | "motivation", Record<Language, string[]>> = {
  technical: {
    ko: [
      "말씀하신 방식의 한계는 무엇이고, 트래픽이나 데이터가 열 배로 늘어나면 무엇이 가장 먼저 문제가 될까요?",
      "그 방법 대신 다른 대안을 택했다면 무엇을 얻고 무엇을 잃었을까요? 장단점을 비교해 주세요.",
      "그 선택이 틀렸다는 것은 운영 중에 어떻게 알아챌 수 있을까요? 어떤 지표나 증상을 보시겠어요?",
    ],
    en: [
      "What are the limits of that approach, and what breaks first if traffic or data grows tenfold?",
      "If you had picked a different approach, what would you have gained and lost? Compare the trade-offs.",
      "How would you notice in production that this choice was wrong? Which metric or symptom would you watch?",
    ],
  },
  story: {
    ko: [
      "그 결과가 정말 본인의 행동 덕분이었다는 것은 어떻게 확인하셨나요? 다른 요인은 없었나요?",
      "그때 검토했다가 버린 대안은 무엇이었고, 왜 버리셨나요?",
      "같은 상황이 지금 다시 온다면 무엇을 다르게 하시겠어요? 그 이유도 말씀해 주세요.",
    ],
    en: [
      "How do you know the result came from what you did and not from something else?",
      "Which alternative did you consider and reject at the time, and why?",
      "If the same situation came up today, what would you do differently, and why?",
    ],
  },
  motivation: {
    ko: ["다른 회사가 아니라 꼭 이곳이어야 하는 이유를 하나만 더 구체적으로 말씀해 주시겠어요?"],
    en: ["What is one concrete reason it has to be this company and not a similar one?"],
  },
};

/** Which probes fit a category; intro and closing are not probed. */
export function probeKind(category: Category | undefined): keyof typeof PROBE_PHRASINGS | null {
  if (category === "intro" || category === "closing" || category === undefined) return null;
  if (category === "technical") return "technical";
  if (category === "motivation") return "motivation";
  return "story";
}
