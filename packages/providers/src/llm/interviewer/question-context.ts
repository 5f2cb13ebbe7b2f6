import type { FollowUpReason } from "@studio/interview";
import type { Category, InterviewDifficulty, InterviewerStyle, Language, Role } from "@studio/protocol";

export interface QuestionTurn {
  question: string;
  answer: string;
}

export interface QuestionContext {
  language: Language;
  role: Role;
  category: Category;
  /** The question the rule engine planned for this step; the LLM adapts it to the conversation. */
  plannedQuestion: string;
  /** The interview so far, oldest first; only the last 10 turns are sent. */
  history: QuestionTurn[];
  resumePassages?: string[];
  /** Set when this is a follow-up: a rule-engine reason code or a sentence saying what was missing. */
  followUpReason?: FollowUpReason | string;
  /** The interviewer's manner and the depth the candidate chose at setup. */
  style?: InterviewerStyle;
  difficulty?: InterviewDifficulty;
}

/** How the chosen interviewer speaks and how deep the questions go, said to the LLM. */
const MANNER: Readonly<Record<Language, Record<InterviewerStyle | InterviewDifficulty, string>>> = {
  ko: {
    friendly: "면접관 태도: 따뜻하고 격려하는 말투로, 답변에 짧게 공감한 뒤 묻습니다.",
    neutral: "면접관 태도: 중립적이고 담백하게 묻습니다.",
    pressure: "면접관 태도: 정중하되 엄격하게, 근거와 사실을 요구하며 모호한 답을 그냥 넘기지 않습니다.",
    basic: "난이도: 초급. 기본 개념과 흔한 경험 질문 위주로 묻습니다.",
    intermediate: "난이도: 중급.",
    advanced: "난이도: 고급. 설계의 트레이드오프, 한계, 규모가 커질 때의 문제까지 깊이 묻습니다.",
  },
  en: {
    friendly: "Interviewer manner: warm and encouraging; acknowledge the answer briefly before asking.",
    neutral: "Interviewer manner: neutral and plain.",
    pressure:
      "Interviewer manner: polite but strict; demand evidence and facts, and do not let a vague answer pass.",
    basic: "Difficulty: basic. Ask about fundamentals and common experiences.",
    intermediate: "Difficulty: intermediate.",
    advanced: "Difficulty: advanced. Probe trade-offs, limits and what breaks at scale.",
  },
};

export const HISTORY_TURNS = 10;
const MAX_ANSWER_CHARS = 1200;
const MAX_PASSAGES = 4;

const ROLES: Readonly<Record<Language, Record<Role, string>>> = {
  ko: {
    general: "일반 직무",
    backend: "백엔드 개발자",
    frontend: "프론트엔드 개발자",
    data: "데이터 분석가/엔지니어",
    pm: "프로덕트 매니저(PM)",
  },
  en: {
    general: "general role",
    backend: "backend developer",
    frontend: "frontend developer",
    data: "data analyst / engineer",
    pm: "product manager",
  },
};

const CATEGORIES: Readonly<Record<Language, Record<Category, string>>> = {
  ko: {
    intro: "자기소개",
    motivation: "지원 동기",
    strength: "강점",
    project: "프로젝트 경험",
    teamwork: "협업",
    technical: "기술 역량",
    problem_solving: "문제 해결",
    growth: "성장 계획",
    closing: "마무리",
  },
  en: {
    intro: "introduction",
    motivation: "motivation",
    strength: "strengths",
    project: "project experience",
    teamwork: "teamwork",
    technical: "technical skills",
    problem_solving: "problem solving",
    growth: "growth",
    closing: "closing",
  },
};

const FOLLOW_UPS: Readonly<Record<Language, Record<FollowUpReason, string>>> = {
  ko: {
    no_result: "답변에 결과나 성과(수치, 변화)가 없습니다.",
    no_personal_action: "지원자 본인이 한 행동과 역할이 드러나지 않습니다.",
    vague: "답변이 추상적이고 구체적인 사례가 없습니다.",
    too_short: "답변이 너무 짧습니다.",
    unexplained_tech: "언급한 기술을 왜, 어떻게 썼는지 설명이 없습니다.",
    off_topic: "답변이 질문과 다른 내용입니다. 정중하게 질문을 다시 짚어 주세요.",
    missing_point: "이 질문의 핵심 내용 중 빠진 부분이 있습니다.",
    depth_probe: "답변은 충분하지만 면접관이 한계, 대안, 검증 방법을 더 깊이 파고듭니다.",
  },
  en: {
    no_result: "The answer gives no result or outcome (numbers, change).",
    no_personal_action: "The candidate's own actions and role are not clear.",
    vague: "The answer is abstract, with no concrete example.",
    too_short: "The answer is too short.",
    unexplained_tech: "The technologies mentioned are not explained (why and how they were used).",
    off_topic: "The answer is about something else than the question: politely restate the question.",
    missing_point: "The answer leaves out a key point of this question.",
    depth_probe: "The answer is solid; probe deeper into its limits, alternatives and how it was verified.",
  },
};

const HEADINGS = {
  ko: {
    role: "지원 직무",
    category: "이번 질문의 주제",
    planned: "계획된 질문",
    history: "지금까지의 대화 (오래된 순서)",
    noHistory: "(첫 질문입니다)",
    resume: "지원자 이력서의 관련 내용",
    followUp: "꼬리 질문 사유 (직전 답변에서 부족한 점)",
    task: "위 내용을 바탕으로 면접관이 지금 할 질문 하나만 정중한 존댓말로 쓰세요.",
    taskFollowUp: "위 내용을 바탕으로 직전 답변을 파고드는 꼬리 질문 하나만 정중한 존댓말로 쓰세요.",
  },
  en: {
    role: "Role applied for",
    category: "Topic of this question",
    planned: "Planned question",
    history: "The conversation so far (oldest first)",
    noHistory: "(this is the first question)",
    resume: "Relevant parts of the candidate's resume",
    followUp: "Follow-up reason (what the last answer lacked)",
    task: "Based on the above, write only the one question the interviewer asks now.",
    taskFollowUp: "Based on the above, write only one follow-up question that digs into the last answer.",
  },
} as const;

/**
 * The user message for the next question. The candidate's answers are quoted inside it as material,
 * not sent as chat turns, so an answer cannot pose as an instruction to the interviewer.
 */
export function questionMessage(context: QuestionContext): string {
  const h = HEADINGS[context.language];
  const turns = context.history.slice(-HISTORY_TURNS);
  const history = turns.length
    ? turns
        .map((t, i) => `Q${i + 1}: ${t.question}\nA${i + 1}: """${clip(t.answer, MAX_ANSWER_CHARS)}"""`)
        .join("\n")
    : h.noHistory;
  const sections = [
    `${h.role}: ${ROLES[context.language][context.role]}`,
    `${h.category}: ${CATEGORIES[context.language][context.category]}`,
    `${h.planned}: ${context.plannedQuestion}`,
    `${h.history}:\n${history}`,
  ];
  const passages = (context.resumePassages ?? []).slice(0, MAX_PASSAGES);
  if (passages.length) sections.push(`${h.resume}:\n${passages.map((p) => `- ${clip(p, 600)}`).join("\n")}`);
  // The default setup (neutral, intermediate) leaves the prompt as it always was.
  for (const setting of [context.style, context.difficulty])
    if (setting && setting !== "neutral" && setting !== "intermediate")
      sections.push(MANNER[context.language][setting]);
  if (context.followUpReason)
    sections.push(`${h.followUp}: ${followUpText(context.followUpReason, context.language)}`);
  sections.push(context.followUpReason ? h.taskFollowUp : h.task);
  return sections.join("\n\n");
}

function followUpText(reason: string, language: Language): string {
  return FOLLOW_UPS[language][reason as FollowUpReason] ?? reason;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
