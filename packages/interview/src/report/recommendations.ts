import type { Role } from "@studio/protocol";
import type { Improvement, ImprovementKey } from "./improvements";
import type { ReportFacts } from "./report-facts";
import { CATEGORY_LABELS, formatDuration, type Localized } from "./report-labels";

export const MIN_RECOMMENDATIONS = 3;
export const MAX_RECOMMENDATIONS = 5;

/** Topics worth rehearsing aloud per role when technical answers were weak. */
const ROLE_TOPICS: Localized<Record<Role, string>> = {
  ko: {
    general: "프로세스와 스레드, HTTP와 HTTPS, 캐시",
    backend: "인덱스, 트랜잭션 격리 수준, 캐시 정합성",
    frontend: "브라우저 렌더링, 상태 관리, 웹 접근성",
    data: "SQL 조인과 윈도우 함수, A/B 테스트 설계, 데이터 품질 검증",
    pm: "우선순위 결정 방법, 핵심 지표 설정, 로드맵 수립",
  },
  en: {
    general: "processes and threads, HTTP and HTTPS, caching",
    backend: "database indexes, transaction isolation, cache consistency",
    frontend: "browser rendering, state management, accessibility",
    data: "SQL joins and window functions, A/B test design, data quality checks",
    pm: "prioritization frameworks, choosing success metrics, roadmapping",
  },
};

type Step = (facts: ReportFacts) => string;
const ko = (facts: ReportFacts) => facts.language === "ko";

const STAR_STEP: Step = (f) =>
  ko(f)
    ? "대표 경험 3개를 STAR 형식(상황 1문장, 과제 1문장, 행동 2~3문장, 결과 1~2문장)으로 정리해 소리 내어 연습하세요."
    : "Write up three key experiences in STAR form (a sentence each for situation and task, two or three for action, one or two for result) and rehearse them out loud.";

const RESULT_STEP: Step = (f) =>
  ko(f)
    ? "경험마다 결과를 전후 비교 수치(예: 2.8초 → 0.4초) 한 줄로 정리해 두세요."
    : "Note one before-and-after number for each experience (e.g. 2.8 s → 0.4 s).";

const STEPS: Record<ImprovementKey, Step> = {
  substance: (f) =>
    ko(f)
      ? "질문마다 '무엇을 묻는가(이유·계획·개념·경험)'를 먼저 한 문장으로 적고, 그 질문에만 맞는 사례를 하나씩 준비하세요."
      : "For each question, first write one line on what it asks (a reason, a plan, a concept, a story), then prepare an example that fits only that question.",
  specificity: (f) =>
    ko(f)
      ? "대표 경험마다 규모·기간·성과 수치를 적은 답변 카드를 만들어 두세요."
      : "Make an answer card for each key experience with its scale, timeline and measurable outcome.",
  logic: (f) =>
    ko(f)
      ? "모든 답변을 '결론 → 근거 → 예시 → 결론' 틀에 맞춰 1분 안에 말하는 연습을 하세요."
      : "Practice answering in a 'point, reason, example, point' frame within one minute.",
  technical: (f) =>
    ko(f)
      ? `다음 주제를 '정의 → 쓰는 이유 → 트레이드오프' 순서로 1분씩 설명하는 연습을 하세요: ${ROLE_TOPICS.ko[f.role]}.`
      : `Practice explaining each of these in one minute (what it is, why it's used, the trade-offs): ${ROLE_TOPICS.en[f.role]}.`,
  star: STAR_STEP,
  situation: STAR_STEP,
  task: STAR_STEP,
  action: (f) =>
    ko(f)
      ? "경험을 말할 때 '제가 ~했습니다'로 시작하는 문장을 세 개 이상 넣어 본인의 기여를 드러내세요."
      : "When telling a story, include at least three sentences that start with 'I …' to show your own contribution.",
  result: RESULT_STEP,
  metrics: RESULT_STEP,
  communication: (f) =>
    ko(f)
      ? "답변을 녹음해 들어 보고, 한 호흡에 말하기 어려운 문장은 둘로 나누세요."
      : "Record your answers, listen back, and split any sentence you can't say in one breath.",
  length: (f) =>
    ko(f)
      ? "답변마다 상황·행동·결과를 한 문장 이상씩 채우는 연습을 하세요."
      : "Practice giving at least one sentence each on situation, action and result.",
  pace: (f) =>
    ko(f)
      ? "1분 타이머를 켜고 약 300음절 분량의 글을 소리 내어 읽으며 적절한 속도를 몸에 익히세요."
      : "Read a 140-word passage aloud against a one-minute timer to get a feel for a comfortable pace.",
  fillers: (f) =>
    ko(f)
      ? "녹음한 답변에서 군말을 세어 보고, 군말 대신 잠깐 멈추는 습관을 들이세요."
      : "Count the fillers in a recording of yourself and replace each with a short, silent pause.",
  time_limit: (f) =>
    ko(f)
      ? `타이머를 제한 시간(${formatDuration(f.timeLimitMs, "ko")})보다 짧게 맞추고, 결론을 첫 문장에 말하는 연습을 하세요.`
      : `Set a timer shorter than the ${formatDuration(f.timeLimitMs, "en")} limit and practice stating your conclusion in the first sentence.`,
  weakest_answer: (f) => {
    const weakest = [...f.mainAnswers].sort((a, b) => a.evaluation.total - b.evaluation.total)[0];
    const topic = weakest ? CATEGORY_LABELS[f.language][weakest.category] : "";
    return ko(f)
      ? `연습 모드에서 '${topic}' 질문에 다시 답해 보고 점수 변화를 확인하세요.`
      : `Retry the ${topic} question in practice mode and compare your scores.`;
  },
};

const GENERAL_STEPS: Step[] = [
  (f) =>
    ko(f)
      ? "가장 자신 있는 프로젝트 하나를 2분, 1분, 30초 버전으로 각각 설명하는 연습을 하세요."
      : "Pick your strongest project and practice telling it in two-minute, one-minute and thirty-second versions.",
  (f) =>
    ko(f)
      ? "지원 회사의 서비스와 최근 소식을 조사해 지원 동기와 마무리 답변에 구체적으로 담아 보세요."
      : "Research the company's product and recent news, and work specifics into your motivation and closing answers.",
  (f) =>
    ko(f)
      ? "다음에는 질문 수를 늘려 모의 면접을 보고, 꼬리 질문에도 대비해 보세요."
      : "Run a longer mock interview next time to practice handling follow-up questions.",
];

/** Three to five practical next steps: one per leading improvement, then general practice advice. */
export function recommend(facts: ReportFacts, improvements: readonly Improvement[]): string[] {
  if (facts.answers.length === 0) return [];
  const specific = improvements.map((i) => STEPS[i.key](facts));
  const general = GENERAL_STEPS.map((step) => step(facts));
  const steps = [...new Set(specific)].slice(0, MAX_RECOMMENDATIONS);
  for (const step of general) if (steps.length < MIN_RECOMMENDATIONS) steps.push(step);
  return steps;
}
