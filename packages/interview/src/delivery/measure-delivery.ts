import {
  type Delivery,
  type Language,
  MAX_DELIVERY_PAUSES,
  MAX_RATE,
  type TimedSegment,
} from "@studio/protocol";
import { countSpokenUnits } from "../report/speech-analytics";
import { countFillers } from "../text";
import { loudnessVariation } from "./loudness";
import { gapsBetween, normalizeSegments, type Span } from "./speech-segments";

/** Silence between words longer than this is a pause worth marking (the "pauses over 2 s"). */
export const LONG_PAUSE_MS = 2000;
/** Gaps shorter than this inside speech are breaths and word boundaries, counted as talk. */
export const BRIDGE_MS = 300;
const MAX_MS = 3_600_000;

export interface DeliveryInput {
  language: Language;
  /** Length of the recording. */
  durationMs: number;
  /** Voiced stretches found by voice-activity detection. */
  speech: readonly Span[];
  /** Loudness of consecutive frames of `frameMs`, in dBFS. */
  levelsDb: readonly number[];
  frameMs: number;
  /** The answer's transcript (recognized or typed). */
  transcript: string;
  /** Final recognition results with their time in the recording, when the recognizer gave them. */
  segments?: readonly TimedSegment[];
}

const clampMs = (n: number) => Math.round(Math.min(MAX_MS, Math.max(0, Number.isFinite(n) ? n : 0)));

/** Syllables per second (Korean) or words per minute (English) over voiced time, capped at human speech. */
export function speechRate(transcript: string, language: Language, talkMs: number): Delivery["rate"] {
  const unit = language === "ko" ? "syllables_per_second" : "words_per_minute";
  const units = countSpokenUnits(transcript, language);
  // Under half a second of voice says nothing about pace.
  if (talkMs < 500 || units === 0) return { unit, value: 0 };
  const perSecond = units / (talkMs / 1000);
  const value = unit === "syllables_per_second" ? perSecond : perSecond * 60;
  return { unit, value: Math.round(Math.min(MAX_RATE[unit], value) * 10) / 10 };
}

/** Fillers placed in time: a segment's fillers at the position of their words within the segment. */
function timedFillers(
  segments: readonly TimedSegment[],
  language: Language,
): NonNullable<Delivery["fillers"]> {
  const found: NonNullable<Delivery["fillers"]> = [];
  for (const segment of segments) {
    const words = segment.text.toLowerCase().split(/\s+/).filter(Boolean);
    const step = (segment.endMs - segment.startMs) / Math.max(1, words.length);
    for (const [filler, count] of Object.entries(countFillers(segment.text, language))) {
      const head = filler.split(" ")[0]!;
      const at = words.flatMap((w, i) => (w.replace(/[^\p{L}]/gu, "").startsWith(head) ? [i] : []));
      for (let k = 0; k < count; k++) {
        found.push({ word: filler, atMs: clampMs(segment.startMs + step * (at[k] ?? 0)) });
      }
    }
  }
  return found.sort((a, b) => a.atMs - b.atMs).slice(0, MAX_DELIVERY_PAUSES);
}

/**
 * The delivery figures of one recorded answer. Pure: the browser supplies voice activity, frame
 * loudness and the transcript; every output is within the ranges `deliverySchema` accepts, whatever
 * the input (unsorted, overlapping or out-of-range segments, NaN levels, empty transcripts).
 */
export function measureDelivery(input: DeliveryInput): Delivery {
  const durationMs = clampMs(input.durationMs);
  const voiced = normalizeSegments(input.speech, durationMs, BRIDGE_MS);
  const talkMs = clampMs(voiced.reduce((sum, s) => sum + (s.endMs - s.startMs), 0));
  const pauses = gapsBetween(voiced, LONG_PAUSE_MS).map((p) => ({
    startMs: clampMs(p.startMs),
    endMs: clampMs(p.endMs),
  }));
  const segments = (input.segments ?? [])
    .filter((s) => Number.isFinite(s.startMs) && Number.isFinite(s.endMs))
    .slice(0, 500)
    .map((s) => ({
      text: s.text.slice(0, 2000),
      startMs: clampMs(s.startMs),
      endMs: clampMs(Math.max(s.startMs, s.endMs)),
    }));
  const fillerCount = Object.values(countFillers(input.transcript, input.language)).reduce(
    (a, b) => a + b,
    0,
  );
  const frameMs = Number.isFinite(input.frameMs) && input.frameMs > 0 ? input.frameMs : 0;
  return {
    talkMs,
    thinkingMs: voiced.length ? clampMs(voiced[0]!.startMs) : durationMs,
    pauseCount: Math.min(10_000, pauses.length),
    longestPauseMs: pauses.reduce((max, p) => Math.max(max, p.endMs - p.startMs), 0),
    pauses: pauses.slice(0, MAX_DELIVERY_PAUSES),
    rate: speechRate(input.transcript, input.language, talkMs),
    loudnessVariation: frameMs ? Math.round(loudnessVariation(input.levelsDb, frameMs, voiced) * 10) / 10 : 0,
    recordedMs: durationMs,
    fillerCount: Math.min(10_000, fillerCount),
    ...(segments.length ? { segments, fillers: timedFillers(segments, input.language) } : {}),
  };
}
