import type { Language, SpeechAnalytics } from "@studio/protocol";
import type { ReportAnswer } from "../report/report-input";
import { PACE_RANGES } from "../report/speech-analytics";
import { summarizeDelivery } from "./summarize-delivery";

/**
 * The report's `speech` section with `delivery` added when answers carry measured delivery. Answers
 * measured from audio but too short to time still get a speech section, with text figures left empty.
 */
export function withDelivery(
  speech: SpeechAnalytics | undefined,
  answers: readonly ReportAnswer[],
  language: Language,
  timeLimitMs: number,
): SpeechAnalytics | undefined {
  const delivery = summarizeDelivery(answers, language);
  if (!delivery) return speech;
  const base: SpeechAnalytics = speech ?? {
    answersTimed: 0,
    averagePace: null,
    paceUnit: PACE_RANGES[language].unit,
    paceVerdict: null,
    fillerCount: 0,
    fillersPerAnswer: 0,
    topFillers: [],
    averageDurationMs: null,
    overTimeLimit: 0,
    timeLimitMs: Math.round(timeLimitMs),
    perAnswer: [],
  };
  return { ...base, delivery };
}
