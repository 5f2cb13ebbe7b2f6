import type { ClientMessage, Language, Question } from "@studio/protocol";
import type { RecognitionSession, SpeechRecognizer } from "@studio/providers";
import type { FastifyBaseLogger } from "fastify";
import type { ExpressionService } from "../expressions/expression-service";
import { ApiError } from "../http/api-error";
import type { InterviewService } from "../interview/interview-service";
import type { SocketSender } from "./socket-sender";
import type { SpeechOutput } from "./speech-output";
import { SpeechPlayer } from "./speech-player";
import type { VoiceMetrics } from "./voice-metrics";

export interface VoiceSessionDeps {
  interviews: InterviewService;
  /** Stores `emotion` samples; without it they are accepted and dropped. */
  expressions?: ExpressionService;
  speech: SpeechOutput | null;
  recognizer: SpeechRecognizer | null;
  metrics: VoiceMetrics;
  log: FastifyBaseLogger;
}

/**
 * One candidate's live interview over a socket. A turn runs as stages: final transcript -> stored and
 * evaluated -> next question chosen -> its text streamed -> spoken sentence by sentence.
 */
export class VoiceSession {
  private question: Question | null;
  private turnRunning = false;
  private readonly player: SpeechPlayer | null;
  /** The candidate's answer being recognized on the server, from its first audio to its final transcript. */
  private listening: { session: RecognitionSession; startedAt: number } | null = null;

  constructor(
    private readonly userId: string,
    private readonly sessionId: string,
    private readonly language: Language,
    question: Question | null,
    private readonly sender: SocketSender,
    private readonly deps: VoiceSessionDeps,
  ) {
    this.question = question;
    this.player = deps.speech ? new SpeechPlayer(sender, deps.speech, language) : null;
  }

  /** Asks the current question aloud (on connect and after a reconnect). */
  async askCurrent(): Promise<void> {
    if (!this.question) return;
    this.sendQuestion(this.question);
    await this.player?.speak(this.question.text);
    this.prefetchNext();
  }

  /** While the candidate answers, the next planned question is synthesized into the speech cache. */
  private prefetchNext(): void {
    const player = this.player;
    if (!player || !this.question) return;
    void this.deps.interviews
      .plannedAfter(this.userId, this.sessionId, this.question.index)
      .then((next) => next && player.prefetch(next.text))
      .catch((error) => this.deps.log.warn({ err: error }, "speech prefetch failed"));
  }

  async handle(message: ClientMessage): Promise<void> {
    switch (message.type) {
      case "ping":
        this.sender.send({ type: "pong" });
        return;
      case "interrupt":
        this.player?.interrupt();
        return;
      case "answer_text":
        return this.answer(message.text, message.durationMs);
      case "end_interview":
        return this.end();
      case "emotion":
        return this.storeExpression(message);
      case "audio_chunk":
        return this.hearAudio(Buffer.from(message.data, "base64"));
      case "audio_end":
        await this.listening?.session.end();
        return;
    }
  }

  /** An on-device expression sample, labelled with the question on screen unless it names one. */
  private async storeExpression({ type: _type, ...sample }: Extract<ClientMessage, { type: "emotion" }>) {
    const labelled = { ...sample, questionId: sample.questionId ?? this.question?.id };
    try {
      await this.deps.expressions?.record(this.userId, this.sessionId, [labelled]);
    } catch (error) {
      if (error instanceof ApiError) this.sender.error(error.code, error.message);
      else this.deps.log.warn({ err: error }, "expression sample not stored");
    }
  }

  /** Microphone audio for server speech recognition; the final transcript becomes the answer. */
  hearAudio(pcm: Uint8Array): void {
    const recognizer = this.deps.recognizer;
    if (!recognizer) {
      this.sender.error("STT_UNAVAILABLE", "Server speech recognition is not configured; send answer_text");
      return;
    }
    if (!this.listening) {
      // Talking over the interviewer is a barge-in.
      this.player?.interrupt();
      const startedAt = Date.now();
      const session = recognizer.start({
        language: this.language,
        onInterim: (transcript) => this.sender.send({ type: "stt_interim", transcript }),
        onFinal: (transcript) => {
          this.listening = null;
          this.sender.send({ type: "user_transcript", transcript });
          if (transcript.trim()) void this.answer(transcript, Date.now() - startedAt);
        },
        onError: (error) => {
          this.listening = null;
          this.sender.error(
            "STT_FAILED",
            `Speech recognition failed (${error.kind}); please type your answer`,
          );
        },
      });
      this.listening = { session, startedAt };
    }
    this.listening.session.pushAudio(pcm);
  }

  close(): void {
    this.player?.interrupt();
    this.listening?.session.abort();
  }

  private async answer(text: string, durationMs?: number): Promise<void> {
    if (!this.question) return this.sender.error("SESSION_CLOSED", "This interview has ended");
    if (this.turnRunning)
      return this.sender.error("TURN_IN_PROGRESS", "The previous answer is still being handled");
    this.turnRunning = true;
    const started = performance.now();
    try {
      this.player?.interrupt();
      const answered = this.question;
      const result = await this.deps.interviews.submitAnswer(
        this.userId,
        this.sessionId,
        { questionId: answered.id, text, durationMs },
        (delta) => this.sender.send({ type: "ai_transcript_chunk", text: delta, done: false }),
      );
      const stored = performance.now();
      this.sender.send({ type: "evaluation", questionId: answered.id, ...result.evaluation });
      if (result.notice) this.sender.send({ type: "notice", message: result.notice });
      this.question = result.next;
      if (!result.next) {
        await this.end();
        return;
      }
      this.sendQuestion(result.next);
      let firstAudio = performance.now();
      await this.player?.speak(result.next.text, () => {
        firstAudio = performance.now();
        this.reportLatency(started, stored, firstAudio);
      });
      if (!this.player) this.reportLatency(started, stored, firstAudio);
      this.prefetchNext();
    } catch (error) {
      // Any failure of a turn (database, LLM, speech) becomes an error message: a spoken answer runs
      // outside a request, and a rejection left unhandled would stop the whole server.
      if (error instanceof ApiError) this.sender.error(error.code, error.message);
      else {
        this.deps.log.error({ err: error }, "voice turn failed");
        this.sender.error("TURN_FAILED", "Your answer could not be handled; please try again");
      }
    } finally {
      this.turnRunning = false;
    }
  }

  private sendQuestion(question: Question): void {
    this.sender.send({
      type: "ai_transcript_chunk",
      text: question.text,
      done: true,
      questionId: question.id,
      followUp: question.followUp ?? false,
    });
  }

  private reportLatency(started: number, stored: number, firstAudio: number): void {
    const turnLatencyMs = firstAudio - started;
    const stages = { storeAndEvaluateMs: stored - started, speechFirstChunkMs: firstAudio - stored };
    this.deps.metrics.turnLatency.observe(turnLatencyMs / 1000);
    this.deps.metrics.stage.observe({ stage: "store_and_evaluate" }, stages.storeAndEvaluateMs / 1000);
    this.deps.metrics.stage.observe({ stage: "speech_first_chunk" }, stages.speechFirstChunkMs / 1000);
    this.sender.send({
      type: "metrics",
      turnLatencyMs: round(turnLatencyMs),
      stages: mapValues(stages, round),
    });
  }

  private async end(): Promise<void> {
    this.player?.interrupt();
    await this.deps.interviews.end(this.userId, this.sessionId);
    this.question = null;
    this.sender.send({
      type: "interview_ended",
      sessionId: this.sessionId,
      report: `/api/sessions/${this.sessionId}/report`,
    });
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const mapValues = <T extends Record<string, number>>(o: T, f: (v: number) => number) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
