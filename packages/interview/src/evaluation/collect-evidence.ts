import { type CriteriaScores, type Evidence, type Language, STAR_PARTS } from "@studio/protocol";
import type { AnswerFeatures } from "./extract-answer-features";
import type { LabelledSentence } from "./label-star";
import type { SentenceFeatures } from "./sentence-features";

const MAX_QUOTE = 160;

function quote(text: string): string {
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

/** The sentence that scores highest (above zero), preferring one not quoted yet. */
function strongest(
  sentences: SentenceFeatures[],
  score: (s: SentenceFeatures) => number,
  quoted: Set<SentenceFeatures>,
) {
  const candidates = sentences.filter((s) => score(s) > 0);
  const fresh = candidates.filter((s) => !quoted.has(s));
  const pool = fresh.length > 0 ? fresh : candidates;
  const best = pool.reduce<SentenceFeatures | null>((a, b) => (!a || score(b) > score(a) ? b : a), null);
  if (best) quoted.add(best);
  return best;
}

type Note = (s: SentenceFeatures, language: Language) => string;

const list = (items: string[]) => items.slice(0, 4).join(", ");

const NOTES = {
  concrete: (s, l) => {
    const details = list([...s.techTerms, ...(s.quantities > 0 ? [l === "ko" ? "수치" : "numbers"] : [])]);
    return l === "ko" ? `구체적인 근거가 드러납니다 (${details}).` : `Concrete detail (${details}).`;
  },
  vague: (_s, l) =>
    l === "ko"
      ? "막연한 표현이 구체적인 사실을 대신하고 있습니다."
      : "Vague wording stands where a concrete fact should be.",
  reasoned: (_s, l) =>
    l === "ko" ? "이유와 결과를 연결어로 이어 논리가 분명합니다." : "Connects cause and effect explicitly.",
  termList: (_s, l) =>
    l === "ko"
      ? "용어를 나열했을 뿐 어떻게 동작하는지는 설명하지 않았습니다."
      : "Lists terms without explaining how any of them works.",
  technical: (s, l) =>
    l === "ko"
      ? `기술 개념을 맥락 속에서 설명합니다 (${list(s.techTerms)}).`
      : `Explains technical concepts in context (${list(s.techTerms)}).`,
  hesitant: (_s, l) =>
    l === "ko"
      ? "군말이나 '것 같아요' 같은 얼버무림이 전달력을 떨어뜨립니다."
      : "Filler words and hedging weaken the delivery.",
  clear: (_s, l) => (l === "ko" ? "군더더기 없이 명확한 문장입니다." : "Clear and to the point."),
} satisfies Record<string, Note>;

const STAR_NOTES: Record<(typeof STAR_PARTS)[number], Record<Language, string>> = {
  situation: { ko: "상황: 배경과 문제를 밝힙니다.", en: "Situation: sets out the context and the problem." },
  task: { ko: "과제: 본인이 맡은 역할과 목표입니다.", en: "Task: the candidate's role and goal." },
  action: { ko: "행동: 본인이 직접 한 일입니다.", en: "Action: what the candidate did." },
  result: { ko: "결과: 무엇이 달라졌는지 보여 줍니다.", en: "Result: shows what changed." },
};

function criterionEvidence(f: AnswerFeatures, scores: CriteriaScores): Evidence[] {
  const l = f.language;
  const stated = f.sentences.filter((s) => !s.isTermList);
  const used = new Set<SentenceFeatures>();
  const pick = (from: SentenceFeatures[], score: (s: SentenceFeatures) => number) =>
    strongest(from, score, used);
  // Praise is quoted only where the criterion scored at least "adequate", so a note never
  // contradicts the score beside it.
  const praise = (
    criterion: keyof CriteriaScores,
    from: SentenceFeatures[],
    score: (s: SentenceFeatures) => number,
  ) => (scores[criterion] >= 3 ? pick(from, score) : null);
  const picks: [Evidence["criterion"], SentenceFeatures | null, Note][] = [
    ["technical", pick(f.sentences, (s) => (s.isTermList ? 1 : 0)), NOTES.termList],
    [
      "specificity",
      praise("specificity", f.sentences, (s) => 2 * s.quantities + s.techTerms.length),
      NOTES.concrete,
    ],
    ["specificity", pick(f.sentences, (s) => s.vague - s.quantities), NOTES.vague],
    [
      "logic",
      praise("logic", f.sentences, (s) => s.causal + s.contrast + s.sequence - s.hedges),
      NOTES.reasoned,
    ],
    [
      "technical",
      praise("technical", stated, (s) =>
        s.techTerms.length > 0 ? s.techTerms.length + s.explanation / 2 : 0,
      ),
      NOTES.technical,
    ],
    ["communication", pick(f.sentences, (s) => s.fillers + s.hedges), NOTES.hesitant],
  ];
  const evidence = picks.flatMap(([criterion, sentence, note]) =>
    sentence ? [{ criterion, quote: quote(sentence.text), note: note(sentence, l) }] : [],
  );
  if (scores.communication >= 4 && !evidence.some((e) => e.criterion === "communication")) {
    const clearest = f.sentences.reduce((a, b) =>
      b.tokens.length < a.tokens.length && b.tokens.length > 4 ? b : a,
    );
    evidence.push({
      criterion: "communication",
      quote: quote(clearest.text),
      note: NOTES.clear(clearest, l),
    });
  }
  return evidence;
}

function starEvidence(labelled: LabelledSentence[], language: Language): Evidence[] {
  return STAR_PARTS.flatMap((part) => {
    const sentence = labelled.find((l) => l.part === part)?.sentence;
    return sentence
      ? [{ criterion: part, quote: quote(sentence.text), note: STAR_NOTES[part][language] }]
      : [];
  });
}

/** Quotes from the candidate's own sentences, each with a note on what it shows for a criterion. */
export function collectEvidence(
  f: AnswerFeatures,
  labelled: LabelledSentence[],
  scores: CriteriaScores,
): Evidence[] {
  if (f.nonAnswer || f.sentences.length === 0) return [];
  return [...criterionEvidence(f, scores), ...starEvidence(labelled, f.language)];
}
