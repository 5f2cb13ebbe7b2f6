import type { Delivery, DeliverySummary, Language } from "@studio/protocol";

/**
 * Where each benchmark comes from. Rates are measured over voiced time only (pauses excluded), which
 * reads higher than rates over the whole answer.
 */
export const DELIVERY_BENCHMARKS: Readonly<
  Record<Language, { rate: { low: number; high: number; range: string; source: string } }>
> = {
  ko: {
    rate: {
      low: 4,
      high: 5.5,
      range: "4-5.5 syllables/s (voiced)",
      source:
        "Issue #14 brief: ~4-5 syllables/s voiced is a comfortable Korean pace; conversational Korean runs about 4-6 syllables/s and read news faster.",
    },
  },
  en: {
    rate: {
      low: 130,
      high: 190,
      range: "130-190 wpm (voiced)",
      source:
        "Conversational English averages about 150 wpm over all time (National Center for Voice and Speech); over voiced time alone the same speech measures higher.",
    },
  },
};
const THINKING = { quickBelow: 1000, longAbove: 5000 };
const PAUSES_PER_MINUTE = { few: 1, many: 3 };
/**
 * Loudness variation over 1 s windows (loudness.ts): espeak-ng's flat voice measures 0.9-1.2 dB, the same
 * sentences spoken 9-10 dB apart 3.5-4.1 dB (measured on this project's test recordings).
 */
const MONOTONE_BELOW_DB = 2;

const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The report's delivery section: per answer, averages, plain verdicts and the benchmarks behind them. */
export function summarizeDelivery(
  answers: readonly { questionId: string; delivery?: Delivery | null }[],
  language: Language,
): DeliverySummary | undefined {
  const measured = answers.flatMap((a) =>
    a.delivery ? [{ questionId: a.questionId, delivery: a.delivery }] : [],
  );
  if (measured.length === 0) return undefined;
  const list = measured.map((m) => m.delivery);
  const talkMs = list.reduce((sum, d) => sum + d.talkMs, 0);
  const pauses = list.reduce((sum, d) => sum + d.pauseCount, 0);
  const unit = language === "ko" ? "syllables_per_second" : "words_per_minute";
  const rated = list.filter((d) => d.rate.value > 0 && d.rate.unit === unit);
  // Weighted by voiced time: a long answer says more about pace than a short one.
  const ratedMs = rated.reduce((sum, d) => sum + d.talkMs, 0);
  const rate =
    ratedMs > 0 ? round1(rated.reduce((sum, d) => sum + d.rate.value * d.talkMs, 0) / ratedMs) : null;
  const bench = DELIVERY_BENCHMARKS[language].rate;
  // A recording with no voice at all (the answer was typed) has no first word: its whole length is not
  // thinking time, and its flat silence says nothing about loudness.
  const spoken = list.some((d) => d.talkMs > 0) ? list.filter((d) => d.talkMs > 0) : list;
  const thinkingMs = Math.round(average(spoken.map((d) => d.thinkingMs)));
  const pausesPerMinute = talkMs > 0 ? round1(pauses / (talkMs / 60_000)) : 0;
  const loudness = round1(average(spoken.map((d) => d.loudnessVariation)));
  return {
    answers: measured,
    averages: {
      talkMs: Math.round(talkMs / list.length),
      thinkingMs,
      pausesPerMinute,
      longestPauseMs: Math.max(...list.map((d) => d.longestPauseMs)),
      rate: rate === null ? null : { unit, value: rate },
      loudnessVariation: loudness,
    },
    verdicts: {
      rate: rate === null ? null : rate < bench.low ? "slow" : rate > bench.high ? "fast" : "good",
      thinking:
        thinkingMs < THINKING.quickBelow ? "quick" : thinkingMs > THINKING.longAbove ? "long" : "good",
      pauses:
        pausesPerMinute <= PAUSES_PER_MINUTE.few
          ? "few"
          : pausesPerMinute >= PAUSES_PER_MINUTE.many
            ? "many"
            : "some",
      loudness: loudness < MONOTONE_BELOW_DB ? "monotone" : "varied",
    },
    benchmarks: [
      { metric: "rate", range: bench.range, source: bench.source },
      {
        metric: "thinkingMs",
        range: "1-5 s before the first word",
        source:
          "Rule of thumb of interview coaching: a short pause to gather thoughts reads as composed; this project's threshold.",
      },
      {
        metric: "pausesPerMinute",
        range: "at most 1 pause over 2 s per minute of speech",
        source: "This project's threshold; pauses over 2 s are the issue's definition of a long pause.",
      },
      {
        metric: "loudnessVariation",
        range: "2 dB or more (standard deviation of voiced loudness over 1 s windows)",
        source:
          "This project's measurement: a flat synthetic voice (espeak-ng) measures about 1 dB, the same sentences spoken 10 dB apart about 4 dB.",
      },
    ],
  };
}
