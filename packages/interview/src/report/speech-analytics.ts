import type { Language, SpeechAnalytics } from "@studio/protocol";
import { countFillers } from "../text";
import { roundTo1 } from "./averaging";
import type { ReportAnswer } from "./report-input";

/**
 * Comfortable interview pace. Korean is measured in syllables per minute: conversational Korean runs
 * about 4-6 syllables a second and broadcast news about 350 a minute, so 240-350 reads as calm but
 * lively. English in words per minute: presentations run about 130-160, so 110-170 is comfortable.
 */
export const PACE_RANGES: Readonly<
  Record<
    Language,
    { unit: SpeechAnalytics["paceUnit"]; slowBelow: number; fastAbove: number; maxSpoken: number }
  >
> = {
  ko: { unit: "syllables_per_minute", slowBelow: 240, fastAbove: 350, maxSpoken: 700 },
  en: { unit: "words_per_minute", slowBelow: 110, fastAbove: 170, maxSpoken: 320 },
};
/** Shorter than this, a duration says nothing about pace (a pasted or instantly submitted answer). */
export const MIN_TIMED_MS = 3000;
export const TOP_FILLERS = 5;

const HANGUL_SYLLABLE = /[가-힣]/g;
const LATIN_WORD = /[a-z]+/gi;
const VOWEL_GROUP = /[aeiouy]+/gi;
const DIGIT = /\d/g;
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/** Syllables (Korean) or words (English) spoken in a text; Latin words in Korean count their vowel groups. */
export function countSpokenUnits(text: string, language: Language): number {
  if (language === "en") return text.match(WORD)?.length ?? 0;
  const hangul = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  const latin = (text.match(LATIN_WORD) ?? []).reduce(
    (sum, w) => sum + Math.max(1, w.match(VOWEL_GROUP)?.length ?? 0),
    0,
  );
  return hangul + latin + (text.match(DIGIT)?.length ?? 0);
}

export function paceVerdict(pace: number, language: Language): "slow" | "good" | "fast" {
  const range = PACE_RANGES[language];
  if (pace < range.slowBelow) return "slow";
  return pace > range.fastAbove ? "fast" : "good";
}

/**
 * Units per minute, or null when the duration cannot be a spoken answer: too short, or a pace beyond
 * what anyone speaks (about twice the fast end), which means the text was typed or pasted.
 */
function paceOf(text: string, durationMs: number | null, language: Language): number | null {
  if (!durationMs || durationMs < MIN_TIMED_MS) return null;
  const pace = Math.round(countSpokenUnits(text, language) / (durationMs / 60_000));
  return pace <= PACE_RANGES[language].maxSpoken ? pace : null;
}

function addCounts(total: Record<string, number>, counts: Record<string, number>): void {
  for (const [word, n] of Object.entries(counts)) total[word] = (total[word] ?? 0) + n;
}

/** Speech figures for an interview with at least one timed answer; undefined for a typed one. */
export function analyzeSpeech(
  answers: readonly ReportAnswer[],
  language: Language,
  timeLimitMs: number,
): SpeechAnalytics | undefined {
  const timed = answers.filter((a) => paceOf(a.answer, a.durationMs, language) !== null);
  if (timed.length === 0) return undefined;
  const fillerTotals: Record<string, number> = {};
  const perAnswer = answers.map((a) => {
    const fillers = countFillers(a.answer, language);
    addCounts(fillerTotals, fillers);
    const count = Object.values(fillers).reduce((sum, n) => sum + n, 0);
    return {
      questionId: a.questionId,
      durationMs: a.durationMs,
      pace: paceOf(a.answer, a.durationMs, language),
      fillers: count,
    };
  });
  const spokenMs = timed.reduce((sum, a) => sum + a.durationMs!, 0);
  const units = timed.reduce((sum, a) => sum + countSpokenUnits(a.answer, language), 0);
  const averagePace = Math.round(units / (spokenMs / 60_000));
  const fillerCount = perAnswer.reduce((sum, a) => sum + a.fillers, 0);
  return {
    answersTimed: timed.length,
    averagePace,
    paceUnit: PACE_RANGES[language].unit,
    paceVerdict: paceVerdict(averagePace, language),
    fillerCount,
    fillersPerAnswer: roundTo1(fillerCount / answers.length),
    topFillers: Object.entries(fillerTotals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_FILLERS)
      .map(([word, count]) => ({ word, count })),
    averageDurationMs: Math.round(spokenMs / timed.length),
    overTimeLimit: timed.filter((a) => a.durationMs! > timeLimitMs).length,
    timeLimitMs: Math.round(timeLimitMs),
    perAnswer,
  };
}
