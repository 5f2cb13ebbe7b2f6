import type { Averages, Criterion, Language, Report, Role, SpeechAnalytics } from "@studio/protocol";
import { withDelivery } from "../delivery/speech-with-delivery";
import { criteriaAverages } from "./criteria-averages";
import { extractKeywords } from "./keywords";
import { clipQuote, findMetricPhrase } from "./metric-phrase";
import type { BuildReportInput, ReportAnswer } from "./report-input";
import { analyzeSpeech, countSpokenUnits } from "./speech-analytics";
import { analyzeStar } from "./star-analysis";

/** Everything the report's sentences are written from, computed once. */
export interface ReportFacts {
  language: Language;
  role: Role;
  answers: readonly ReportAnswer[];
  mainAnswers: readonly ReportAnswer[];
  averages: Averages;
  total: number;
  star: Report["star"];
  keywords: Report["keywords"];
  speech: SpeechAnalytics | undefined;
  timeLimitMs: number;
  /** The best quantified phrase from a story or technical answer. */
  metricQuote: string | null;
  /** Syllables (ko) or words (en) per main answer. */
  averageLength: number;
}

/** The best quantified phrase of any answer: a figure given in an introduction counts too. */
function bestMetricQuote(answers: readonly ReportAnswer[], language: Language): string | null {
  const ranked = [...answers].sort(
    (a, b) => b.evaluation.scores.specificity - a.evaluation.scores.specificity,
  );
  for (const answer of ranked) {
    const phrase = findMetricPhrase(answer.answer, language);
    if (phrase) return phrase;
  }
  return null;
}

export function gatherFacts(input: BuildReportInput): ReportFacts {
  const { answers, language } = input;
  const mainAnswers = answers.filter((a) => !a.followUp);
  const lengths = mainAnswers.map((a) => countSpokenUnits(a.answer, language));
  return {
    language,
    role: input.role,
    answers,
    mainAnswers,
    ...criteriaAverages(answers),
    star: analyzeStar(answers),
    keywords: extractKeywords(
      answers.map((a) => a.answer),
      language,
    ),
    speech: withDelivery(
      analyzeSpeech(answers, language, input.timeLimitMs),
      answers,
      language,
      input.timeLimitMs,
    ),
    timeLimitMs: input.timeLimitMs,
    metricQuote: bestMetricQuote(answers, language),
    averageLength: lengths.length ? Math.round(lengths.reduce((s, n) => s + n, 0) / lengths.length) : 0,
  };
}

/** The evaluator's quote for a criterion from the answer that scored best on it. */
export function evidenceQuote(facts: ReportFacts, criterion: Criterion): string | null {
  const ranked = [...facts.answers].sort(
    (a, b) => b.evaluation.scores[criterion] - a.evaluation.scores[criterion],
  );
  for (const answer of ranked) {
    const found = answer.evaluation.evidence.find((e) => e.criterion === criterion && e.quote.trim());
    if (found) return clipQuote(found.quote);
  }
  return null;
}

/** Main answers from lowest to highest total. */
export function answersByTotal(facts: ReportFacts): ReportAnswer[] {
  return [...facts.mainAnswers].sort((a, b) => a.evaluation.total - b.evaluation.total);
}
