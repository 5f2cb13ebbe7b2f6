import type { Language, PersonaVoice } from "@studio/protocol";
import { BoundaryMouth } from "../audio/mouth-meter";
import { speechLang } from "./candidate-speech";

/** Sentence ends: speak each sentence as soon as it has streamed in. */
const SENTENCE_END = /[.!?。？！…]+["')\]」』]*\s+|\n+/g;
/** If speechSynthesis has not started within this time, the words are shown without a voice. */
const START_TIMEOUT_MS = 1500;
const HANGUL = /[\uac00-\ud7a3]/;

export type VoiceIssue = "no-voice" | "blocked";

/** Roughly how long a sentence takes to say, for when there is no voice to measure. */
const estimateMs = (text: string) => {
  const hangul = [...text].filter((c) => HANGUL.test(c)).length;
  const other = text.length - hangul;
  return 400 + hangul * 150 + other * 55;
};

/**
 * The interviewer's voice from the browser's speechSynthesis (when the server does not speak): the
 * streamed text is spoken sentence by sentence in a ko-KR / en-US voice, word boundaries move the
 * mouth, and without any usable voice the avatar still "speaks" for the estimated duration so the
 * subtitles carry the question.
 */
export class BrowserVoice {
  readonly mouth = new BoundaryMouth();
  private language: Language = "ko";
  private style: { pitch: number; rate: number } | null = null;
  private buffer = "";
  private queued = 0;
  private streaming = false;
  private speaking = false;
  private startedAt = 0;
  private epoch = 0;
  private readonly alive = new Set<SpeechSynthesisUtterance>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly onSpeakingChange: (speaking: boolean) => void,
    private readonly onIssue: (issue: VoiceIssue) => void,
  ) {}

  setLanguage(language: Language) {
    this.language = language;
  }

  /** Panel practice: the asking persona's pitch and pace (espeak-ng's scale mapped onto the browser's). */
  setStyle(voice: PersonaVoice | undefined) {
    this.style = voice ? { pitch: 0.5 + voice.pitch / 99, rate: voice.rate / 165 } : null;
  }

  /** One `ai_transcript_chunk`; `fresh` when it starts a new utterance. */
  feed(text: string, done: boolean, fresh: boolean) {
    if (fresh) {
      this.buffer = "";
      this.streaming = true;
    }
    this.buffer += text;
    let cut = 0;
    for (const match of this.buffer.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
    if (done) cut = this.buffer.length;
    const ready = this.buffer.slice(0, cut).trim();
    this.buffer = this.buffer.slice(cut);
    if (done) this.streaming = false;
    if (ready) this.say(ready);
    else this.settle();
  }

  /** Barge-in: silence now. Returns the ms spoken of this utterance. */
  cancel(): number {
    const played = this.speaking ? Math.round(performance.now() - this.startedAt) : 0;
    this.epoch += 1;
    this.buffer = "";
    this.streaming = false;
    this.queued = 0;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const utterance of this.alive) utterance.onend = utterance.onerror = utterance.onboundary = null;
    this.alive.clear();
    if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
    this.setSpeaking(false);
    return played;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  private say(text: string) {
    const voice = this.pickVoice();
    if (!voice) {
      this.onIssue("no-voice");
      this.pretend(text);
      return;
    }
    this.queued += 1;
    this.setSpeaking(true);
    const epoch = this.epoch;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang(this.language);
    utterance.voice = voice;
    utterance.rate = (this.language === "ko" ? 1.05 : 1) * (this.style?.rate ?? 1);
    if (this.style) utterance.pitch = this.style.pitch;
    let started = false;
    let finished = false;
    const finish = () => {
      if (finished || epoch !== this.epoch) return;
      finished = true;
      this.alive.delete(utterance);
      this.queued -= 1;
      this.settle();
    };
    utterance.onstart = () => {
      started = true;
    };
    utterance.onboundary = (event) => {
      if (event.name !== "word") return;
      const chars = event.charLength || text.slice(event.charIndex).search(/\s|$/) || 2;
      const word = text.slice(event.charIndex, event.charIndex + chars);
      this.mouth.word(chars, HANGUL.test(word));
    };
    utterance.onend = finish;
    utterance.onerror = (event) => {
      if (event.error === "interrupted" || event.error === "canceled") return finish();
      if (event.error === "not-allowed") this.onIssue("blocked");
      // Nothing was heard: keep the avatar talking over the subtitles instead.
      if (!started && !finished && epoch === this.epoch) {
        finished = true;
        this.alive.delete(utterance);
        this.queued -= 1;
        this.pretend(text);
      } else finish();
    };
    this.alive.add(utterance);
    speechSynthesis.speak(utterance);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (started || finished || epoch !== this.epoch) return;
      // Some engines never start (no audio device, blocked autoplay): do not leave the turn hanging.
      finished = true;
      utterance.onend = utterance.onerror = utterance.onboundary = null;
      this.alive.delete(utterance);
      speechSynthesis.cancel();
      this.queued -= 1;
      this.pretend(text);
    }, START_TIMEOUT_MS);
    this.timers.add(timer);
  }

  /** Shows the words as spoken without sound: the mouth babbles for the estimated time. */
  private pretend(text: string) {
    const epoch = this.epoch;
    this.queued += 1;
    this.setSpeaking(true);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (epoch !== this.epoch) return;
      this.queued -= 1;
      this.settle();
    }, estimateMs(text));
    this.timers.add(timer);
  }

  private settle() {
    if (this.queued <= 0 && !this.streaming) {
      this.queued = 0;
      this.setSpeaking(false);
    }
  }

  private pickVoice(): SpeechSynthesisVoice | null {
    if (typeof speechSynthesis === "undefined") return null;
    const voices = speechSynthesis.getVoices();
    const lang = speechLang(this.language).toLowerCase();
    const prefix = this.language;
    const exact = voices.filter((v) => v.lang.toLowerCase().replace("_", "-") === lang);
    const loose = voices.filter((v) => v.lang.toLowerCase().startsWith(prefix));
    const pool = exact.length > 0 ? exact : loose;
    return pool.find((v) => v.localService) ?? pool[0] ?? null;
  }

  private setSpeaking(speaking: boolean) {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    if (speaking) {
      this.startedAt = performance.now();
      this.mouth.start();
    } else this.mouth.stop();
    this.onSpeakingChange(speaking);
  }
}
