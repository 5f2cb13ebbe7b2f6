import type { EmotionsReport, ExpressionSample, Language, QuestionExpression } from "@studio/protocol";
import { summarizeExpressions } from "./expression-summary";

/** A question stands out when the candidate looked away this share of its time (or more). */
export const LOOKING_AWAY_HIGHLIGHT = 0.3;
/** ... or looked down (at notes) this share of its time. */
export const LOOKING_DOWN_HIGHLIGHT = 0.3;
/** ... or the face was out of frame this long during it. */
export const FACE_MISSING_HIGHLIGHT_MS = 5000;
/** Advice on the camera's framing when the face was off centre (or too far) this share of the time. */
export const FRAMING_ADVICE_SHARE = 0.3;
/** Too few frames say nothing about a question. */
const MIN_QUESTION_SAMPLES = 3;

const percent = (share: number) => Math.round(share * 100);
const seconds = (ms: number) => Math.round(ms / 1000);

const TEXT = {
  ko: {
    lookingAway: (n: number, v: number) => `질문 ${n}에서 시선이 화면 밖으로 ${percent(v)}%`,
    faceMissing: (n: number, v: number) => `질문 ${n}에서 얼굴이 화면 밖에 ${seconds(v)}초`,
    bright: (n: number, v: number) => `질문 ${n}에서 가장 밝은 표정 (미소 ${percent(v)}%)`,
    lookingDown: (n: number, v: number) => `질문 ${n}에서 시선이 아래로 ${percent(v)}% (메모를 읽는 모습)`,
    moving: (n: number, v: number) => `질문 ${n}에서 머리 움직임이 많았어요 (평균 초당 ${Math.round(v)}°)`,
    down: "시선이 화면 아래 메모로 자주 내려갔습니다. 메모는 핵심 단어만 적어 카메라 가까이에 두고, 말할 때는 렌즈를 보세요.",
    still: "답하는 동안 머리를 많이 움직였습니다. 등을 기대고 어깨를 편 채 카메라 쪽으로 말해 보세요.",
    gaze: "카메라 렌즈를 상대의 눈이라고 생각하고 답해 보세요. 메모는 화면 바로 아래에 두면 시선이 덜 흔들립니다.",
    frame: "카메라 위치를 조정해 얼굴이 화면 가운데에 오게 하고, 답하는 동안 자리를 지켜 보세요.",
    closer:
      "카메라에서 멀리 앉아 있는 때가 많았어요. 얼굴이 화면 너비의 4분의 1쯤 차지하도록 가까이 앉으세요.",
    smile: "답변의 처음과 끝에 가볍게 미소 지으면 더 편안한 인상을 줍니다.",
    steady: "시선과 자세가 안정적이었습니다. 지금처럼 카메라를 보며 답하세요.",
    note: "연습을 위한 관찰 결과이며, 채용 평가 점수가 아닙니다. 영상은 기기 밖으로 나가지 않았습니다.",
  },
  en: {
    lookingAway: (n: number, v: number) =>
      `Question ${n}: looking away from the screen ${percent(v)}% of the time`,
    faceMissing: (n: number, v: number) => `Question ${n}: face out of frame for ${seconds(v)} s`,
    bright: (n: number, v: number) => `Question ${n}: your brightest expression (smiling ${percent(v)}%)`,
    lookingDown: (n: number, v: number) =>
      `Question ${n}: looking down ${percent(v)}% of the time (as when reading notes)`,
    moving: (n: number, v: number) =>
      `Question ${n}: a lot of head movement (${Math.round(v)}° a second on average)`,
    down: "Your eyes often dropped to notes below the screen. Keep only key words, close to the camera, and look at the lens while you speak.",
    still:
      "Your head moved a lot while answering. Sit back with your shoulders level and speak towards the camera.",
    gaze: "Answer as if the camera lens were the interviewer's eyes; keep notes just below the screen so your gaze moves less.",
    frame:
      "Adjust the camera so your face sits in the middle of the frame, and stay in your seat while answering.",
    closer:
      "You often sat far from the camera. Sit closer, so that your face fills about a quarter of the frame's width.",
    smile: "A light smile at the start and end of an answer comes across as more at ease.",
    steady: "Your gaze and posture were steady. Keep answering towards the camera like this.",
    note: "Observations for your own practice, not a hiring score. The video never left your device.",
  },
} as const;

type Highlight = EmotionsReport["highlights"][number];

/** The report's `emotions` section, or undefined when no sample was stored. */
export function buildEmotionsReport(
  samples: readonly ExpressionSample[],
  questionOrder: readonly string[],
  language: Language,
): EmotionsReport | undefined {
  if (samples.length === 0) return undefined;
  const summary = summarizeExpressions(samples);
  const text = TEXT[language];
  const numberOf = (questionId: string) => {
    const index = questionOrder.indexOf(questionId);
    return index >= 0 ? index + 1 : questionOrder.length + 1;
  };
  const enough = summary.perQuestion.filter((q) => q.samples >= MIN_QUESTION_SAMPLES);
  const highlights: Highlight[] = [];
  for (const q of enough) {
    const n = numberOf(q.questionId);
    const down = q.lookingDownShare ?? 0;
    if (down >= LOOKING_DOWN_HIGHLIGHT)
      highlights.push(highlight(q, n, "looking_down", down, text.lookingDown(n, down)));
    // Looking down is one way of looking away: named on its own, and "away" only when the rest stands out too.
    const aside = q.lookingAwayShare - (down >= LOOKING_DOWN_HIGHLIGHT ? down : 0);
    if (aside >= LOOKING_AWAY_HIGHLIGHT)
      highlights.push(
        highlight(q, n, "looking_away", q.lookingAwayShare, text.lookingAway(n, q.lookingAwayShare)),
      );
    if (q.faceMissingMs >= FACE_MISSING_HIGHLIGHT_MS)
      highlights.push(highlight(q, n, "face_missing", q.faceMissingMs, text.faceMissing(n, q.faceMissingMs)));
    if (q.headMovement?.level === "restless")
      highlights.push(
        highlight(
          q,
          n,
          "head_movement",
          q.headMovement.meanDegPerSecond,
          text.moving(n, q.headMovement.meanDegPerSecond),
        ),
      );
  }
  const brightest = [...enough].sort((a, b) => b.shares.happy - a.shares.happy)[0];
  if (brightest && brightest.shares.happy >= 0.3) {
    const n = numberOf(brightest.questionId);
    highlights.push(
      highlight(brightest, n, "bright", brightest.shares.happy, text.bright(n, brightest.shares.happy)),
    );
  }
  highlights.sort((a, b) => a.questionNumber - b.questionNumber);
  const perQuestion = summary.perQuestion.map((q) => ({ ...q, questionNumber: numberOf(q.questionId) }));
  return { ...summary, perQuestion, highlights, suggestions: suggestionsFor(summary.overall, language) };
}

function highlight(
  q: QuestionExpression,
  questionNumber: number,
  kind: Highlight["kind"],
  value: number,
  text: string,
): Highlight {
  return { questionId: q.questionId, questionNumber, kind, value, text };
}

/** Practical advice from the overall figures; always ends with what these figures are (and are not). */
export function suggestionsFor(overall: EmotionsReport["overall"], language: Language): string[] {
  const text = TEXT[language];
  const advice: string[] = [];
  // Eyes on notes below the screen get their own advice; the general one is for looking elsewhere.
  if ((overall.lookingDownShare ?? 0) >= 0.15) advice.push(text.down);
  else if (overall.lookingAwayShare >= 0.2) advice.push(text.gaze);
  if (overall.headMovement?.level === "restless") advice.push(text.still);
  const missing = overall.durationMs > 0 && overall.faceMissingMs / overall.durationMs >= 0.1;
  if (missing || (overall.offCentreShare ?? 0) >= FRAMING_ADVICE_SHARE) advice.push(text.frame);
  if ((overall.tooFarShare ?? 0) >= FRAMING_ADVICE_SHARE) advice.push(text.closer);
  if (overall.dominant !== null && overall.shares.happy < 0.1) advice.push(text.smile);
  if (advice.length === 0) advice.push(text.steady);
  return [...advice, text.note];
}
