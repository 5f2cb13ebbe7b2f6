import { PERSONAS } from "@studio/interview";
import type { Language, PersonaId, SocketQuestion } from "@studio/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AgentStateTracker } from "./agent-state";
import type { SocketSender } from "./socket-sender";
import type { SpeechPlayer } from "./speech-player";
import { sendTurnError } from "./turn-errors";

/** Leeway for the browser's jitter buffer after the last audio of an utterance. */
const PLAYOUT_MARGIN_MS = 400;

/** Roughly how long a browser voice takes to say `text` (the server cannot hear it). */
export function estimatedSpeechMs(text: string, language: Language): number {
  const hangul = [...text].filter((c) => /[\uac00-\ud7a3]/.test(c)).length;
  const other = text.length - hangul;
  return 400 + hangul * (language === "ko" ? 150 : 120) + other * 55;
}

/** Panel practice: each AI interviewer speaks in their own voice; otherwise the engine's one voice. */
export const voiceOf = (persona: PersonaId | undefined) => (persona ? PERSONAS[persona].voice : undefined);

/**
 * The interviewer's side of a turn: announces the question (`question`, then its text as the utterance
 * for the subtitles) and says it; the agent state is speaking for as long as the candidate hears it.
 * A voice that fails leaves the question on screen: a `TTS_FAILED` error and the interviewer listens.
 */
export class QuestionSpeaker {
  /** When the question currently being said started, and how long it plays for. */
  private playing: { questionId: string; startedAt: number } | null = null;

  constructor(
    private readonly sender: SocketSender,
    private readonly player: SpeechPlayer | null,
    private readonly state: AgentStateTracker,
    private readonly language: Language,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Resolves once the last audio is sent (or at once with browser speech); never rejects. */
  async ask(question: SocketQuestion, onFirstAudio?: () => void): Promise<void> {
    this.sender.send({ type: "question", question });
    this.sender.send({
      type: "ai_transcript_chunk",
      text: question.text,
      done: true,
      questionId: question.id,
      followUp: question.followUp,
    });
    const startedAt = Date.now();
    this.playing = { questionId: question.id, startedAt };
    if (!this.player) {
      onFirstAudio?.();
      this.state.speakFor(estimatedSpeechMs(question.text, this.language));
      return;
    }
    this.state.set("speaking");
    try {
      const spoken = await this.player.speak(question.text, onFirstAudio, voiceOf(question.persona));
      if (spoken.interrupted || this.playing?.questionId !== question.id) return;
      const playout = spoken.audioMs ?? estimatedSpeechMs(question.text, this.language);
      this.state.speakFor(startedAt + playout + PLAYOUT_MARGIN_MS - Date.now());
    } catch (error) {
      this.playing = null;
      this.state.set("listening");
      sendTurnError(this.sender, this.log, error, "TTS_FAILED");
    }
  }

  /**
   * Stops the voice (barge-in). Returns which question was cut and how much of it was heard: the
   * client's own measure when it sent one, else the time since it started; null when nothing played.
   */
  interrupt(playedMs?: number): { questionId: string; playedMs: number } | null {
    const wasSpeaking = this.speaking;
    this.player?.interrupt();
    const playing = this.playing;
    this.playing = null;
    if (wasSpeaking) this.state.set("listening");
    // The client's word counts when it gives one: its voice may outlast the server's estimate.
    if (!playing || (!wasSpeaking && playedMs === undefined)) return null;
    return {
      questionId: playing.questionId,
      playedMs: Math.round(playedMs ?? Date.now() - playing.startedAt),
    };
  }

  /** Whether the candidate is still hearing a question. */
  get speaking(): boolean {
    return this.playing !== null && this.state.current === "speaking";
  }

  close(): void {
    this.player?.interrupt();
    this.state.close();
  }
}
