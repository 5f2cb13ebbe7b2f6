import type { Language, SpeechAnalytics } from "@studio/protocol";
import { DELIVERY_BENCHMARKS } from "../delivery/summarize-delivery";
import { PACE_RANGES } from "./speech-analytics";

export interface ReportPace {
  verdict: "slow" | "good" | "fast";
  /** The figure with its basis, e.g. "말하는 동안 초당 약 4.4음절" / "about 59 syllables per minute". */
  figure: string;
  /** The comfortable range on the same basis, for advice. */
  target: string;
}

/**
 * The report's one pace: the rate while speaking (voiced time, from the recordings) when measured,
 * otherwise units over the whole answer time. Every sentence about pace uses this, so the report
 * never states two different paces (the whole-answer pace of a recorded answer counts its pauses).
 */
export function reportPace(speech: SpeechAnalytics, language: Language): ReportPace | null {
  const ko = language === "ko";
  const voiced = speech.delivery?.averages.rate;
  const voicedVerdict = speech.delivery?.verdicts.rate;
  if (voiced && voiced.value > 0 && voicedVerdict) {
    const { low, high } = DELIVERY_BENCHMARKS[language].rate;
    const perSecond = voiced.unit === "syllables_per_second";
    const value = perSecond ? voiced.value.toFixed(1) : String(Math.round(voiced.value));
    const figure = ko
      ? perSecond
        ? `말하는 동안 초당 약 ${value}음절`
        : `말하는 동안 분당 약 ${value}단어`
      : perSecond
        ? `about ${value} syllables per second while speaking`
        : `about ${value} words per minute while speaking`;
    const target = ko ? `말하는 동안 초당 ${low}~${high}음절` : `${low}–${high} wpm while speaking`;
    return { verdict: voicedVerdict, figure, target };
  }
  if (!speech.paceVerdict || speech.averagePace === null) return null;
  const { slowBelow, fastAbove } = PACE_RANGES[language];
  return {
    verdict: speech.paceVerdict,
    figure: ko ? `분당 약 ${speech.averagePace}음절` : `about ${speech.averagePace} words per minute`,
    target: ko ? `분당 ${slowBelow}~${fastAbove}음절` : `${slowBelow}–${fastAbove} wpm`,
  };
}
