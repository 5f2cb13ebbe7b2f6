import type { Language } from "@studio/protocol";

/**
 * How long a one-minute self-introduction should be: 60 s spoken is about 250-350 Korean syllables
 * (about five a second) or 130-170 English words (about 150 a minute).
 */
export const INTRO_TARGET: Record<Language, { min: number; max: number; perSecond: number }> = {
  ko: { min: 250, max: 350, perSecond: 5 },
  en: { min: 130, max: 170, perSecond: 2.5 },
};

/** Spoken seconds that still count as "about a minute". */
export const SPOKEN_SECONDS = { min: 45, max: 75 } as const;

export type LengthVerdict = "too_short" | "good" | "too_long";

/** Korean: Hangul syllables, plus two for each Latin word or number (said as about two syllables). */
export function spokenUnits(text: string, language: Language): number {
  const latinWords = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)?/g) ?? [];
  if (language === "en") return latinWords.length;
  const syllables = text.match(/[가-힣]/g)?.length ?? 0;
  return syllables + 2 * latinWords.length;
}

export interface IntroLength {
  count: number;
  unit: "syllables" | "words";
  target: { min: number; max: number };
  /** Seconds the text takes at a normal speaking pace. */
  estimatedSeconds: number;
  /** Seconds actually spoken, when the answer was recorded. */
  spokenSeconds: number | null;
  verdict: LengthVerdict;
}

/** Judges the length against one minute: by the spoken time when known, else by the text. */
export function introLength(text: string, language: Language, durationMs?: number | null): IntroLength {
  const target = INTRO_TARGET[language];
  const count = spokenUnits(text, language);
  const spokenSeconds = durationMs ? Math.round(durationMs / 1000) : null;
  const byText: LengthVerdict = count < target.min ? "too_short" : count > target.max ? "too_long" : "good";
  const bySpeech: LengthVerdict | null =
    spokenSeconds === null
      ? null
      : spokenSeconds < SPOKEN_SECONDS.min
        ? "too_short"
        : spokenSeconds > SPOKEN_SECONDS.max
          ? "too_long"
          : "good";
  return {
    count,
    unit: language === "ko" ? "syllables" : "words",
    target: { min: target.min, max: target.max },
    estimatedSeconds: Math.round(count / target.perSecond),
    spokenSeconds,
    verdict: bySpeech ?? byText,
  };
}
