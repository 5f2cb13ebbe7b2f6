import type { ClientMessage, Delivery, SocketQuestion, SubmitAnswerResponse } from "@studio/protocol";
import { AgentStateTracker } from "./agent-state";
import { deliverHeardAnswer, storeDelivery } from "./delivery-intake";
import { storeExpression } from "./expression-intake";
import { QuestionSpeaker, voiceOf } from "./question-speaker";
import { type HeardAnswer, ServerListener } from "./server-listener";
import type { SocketSender } from "./socket-sender";
import { SpeechPlayer } from "./speech-player";
import { StylePause } from "./style-pause";
import { sendTurnError } from "./turn-errors";
import { TurnLatency } from "./turn-latency";
import type { TurnQueue } from "./turn-queue";
import type { PendingTurn, VoiceSessionDeps, VoiceSessionStart } from "./voice-deps";

/** An answer to the open question (or to `questionId`, the one open when it was spoken). */
type AnswerIn = { text: string; durationMs?: number; delivery?: Delivery; questionId?: string };

/**
 * One candidate's live interview over a socket. Every message and every answer heard on the server
 * runs through the socket's `TurnQueue`; a turn goes: answer in -> thinking -> stored and assessed
 * (InterviewService) -> evaluation out -> next question announced -> spoken (QuestionSpeaker), while
 * the agent state follows. Speaking does not hold the queue, so a barge-in is handled at once.
 */
export class VoiceSession {
  private question: SocketQuestion | null;
  private ended = false;
  /** The question the candidate cut short, and how much of it they heard. */
  private heard: { questionId: string; playedMs: number } | null = null;
  private readonly state: AgentStateTracker;
  private readonly player: SpeechPlayer | null;
  private readonly speaker: QuestionSpeaker;
  private readonly listener: ServerListener | null;
  private readonly pause: StylePause;

  constructor(
    private readonly at: VoiceSessionStart,
    private readonly sender: SocketSender,
    private readonly queue: TurnQueue,
    private readonly deps: VoiceSessionDeps,
  ) {
    this.question = at.question && { ...at.question, followUp: at.question.followUp ?? false };
    this.state = new AgentStateTracker(sender);
    this.player = deps.speech ? new SpeechPlayer(sender, deps.speech, at.language) : null;
    this.speaker = new QuestionSpeaker(sender, this.player, this.state, at.language, deps.log);
    this.pause = new StylePause(at.style ?? "neutral");
    this.listener = deps.recognizer
      ? new ServerListener(deps.recognizer, sender, at.language, {
          start: () => this.bargeIn(),
          answer: (heard) => this.queueAnswer(heard),
          failed: () => undefined,
        })
      : null;
  }

  /** On connect: the interviewer's state, then the open question, asked aloud. */
  start(): void {
    this.state.announce();
    if (this.question) this.ask(this.question);
  }

  /** On connect after a node died mid-turn: finishes the answer it left when it answers the open question. */
  async redrive(turn: PendingTurn): Promise<void> {
    if (this.question?.id !== turn.questionId) return this.start();
    this.state.announce();
    await this.answer(turn);
  }

  async handle(message: ClientMessage): Promise<void> {
    switch (message.type) {
      case "ping":
        this.sender.send({ type: "pong" });
        return;
      case "interrupt":
        this.bargeIn(message.playedMs);
        return;
      case "answer_text":
        return this.answer(message);
      case "answer_delivery":
        return storeDelivery(this.deps, this.sender, this.at, message);
      case "end_interview":
        return this.end();
      case "emotion":
        return storeExpression(this.deps, this.sender, this.at, this.question?.id, message);
      case "audio_chunk":
        return this.hearAudio(Buffer.from(message.data, "base64"));
      case "audio_end":
        return this.listener?.end();
    }
  }

  /** Microphone audio for server speech recognition; the final transcript becomes the answer. */
  hearAudio(pcm: Uint8Array): void {
    if (!this.listener) {
      this.sender.error("STT_UNAVAILABLE", "Server speech recognition is not configured; send answer_text");
      return;
    }
    if (this.question && !this.ended) this.listener.hear(pcm);
  }

  close(): void {
    this.pause.cancel();
    this.speaker.close();
    this.listener?.abort();
  }

  /** A transcript recognised on the server answers the question open when it was spoken. */
  private queueAnswer(heard: HeardAnswer): void {
    const questionId = this.question?.id;
    const { transcript: text, durationMs } = heard;
    void this.queue.run(() => this.answer({ text, durationMs, questionId }));
    if (questionId) deliverHeardAnswer(this.deps, this.sender, this.at, this.queue, questionId, heard);
  }

  /** The answer path: stored and assessed, its evaluation sent, the next question asked. */
  private async answer(input: AnswerIn): Promise<void> {
    const { text, durationMs, delivery, questionId = this.question?.id } = input;
    const question = this.question;
    if (!question || this.ended) return this.sender.error("SESSION_CLOSED", "This interview has ended");
    if (questionId !== question.id) {
      return this.sender.error("QUESTION_MISMATCH", "That answer was for a question already answered");
    }
    this.bargeIn(); // answering over the voice cuts it short
    this.state.set("thinking");
    const latency = new TurnLatency(this.deps.metrics, this.sender);
    let result: SubmitAnswerResponse;
    const pending = this.deps.pendingTurns;
    try {
      await pending?.save(this.at.sessionId, { questionId: question.id, text, durationMs });
      result = await this.deps.interviews.submitAnswer(
        this.at.userId,
        this.at.sessionId,
        { questionId: question.id, text, durationMs, delivery },
        (delta) => this.sendPreview(delta),
      );
    } catch (error) {
      this.state.set("listening");
      return sendTurnError(this.sender, this.deps.log, error, "TURN_FAILED");
    } finally {
      await pending?.clear(this.at.sessionId).catch(() => {});
    }
    latency.markStored();
    this.sender.send({ type: "evaluation", questionId: question.id, ...result.evaluation });
    if (result.notice) this.sender.send({ type: "notice", message: result.notice });
    await this.saveHeard(question.id);
    this.question = result.next;
    const next = result.next;
    if (!next) return this.finish();
    // The style's pause before the interviewer speaks again; it still thinks meanwhile.
    const pauseMs = this.pause.schedule(next, () => {
      if (!this.ended && this.question?.id === next.id) this.ask(next, latency);
    });
    latency.markPause(pauseMs);
  }

  /** A piece of the LLM's draft: `question_preview`, and as before a streamed `ai_transcript_chunk`. */
  private sendPreview(text: string): void {
    this.sender.send({ type: "question_preview", text });
    this.sender.send({ type: "ai_transcript_chunk", text, done: false });
  }

  /** Says the question without holding the queue; the next planned one is then synthesized ahead. */
  private ask(question: SocketQuestion, latency?: TurnLatency): void {
    void this.speaker.ask(question, () => latency?.report()).then(() => this.prefetchNext());
  }

  /** While the candidate answers, the next planned question is synthesized into the speech cache. */
  private prefetchNext(): void {
    const { player, question } = this;
    if (!player || !question || this.ended) return;
    void this.deps.interviews
      .plannedAfter(this.at.userId, this.at.sessionId, question.index)
      .then((next) => next && player.prefetch(next.text, voiceOf(next.persona)))
      .catch((error) => this.deps.log.warn({ err: error }, "speech prefetch failed"));
  }

  private bargeIn(playedMs?: number): void {
    const cut = this.speaker.interrupt(playedMs);
    if (cut) this.heard = cut;
  }

  /** Keeps how much of the question was heard with its answer; losing it never fails the turn. */
  private async saveHeard(questionId: string): Promise<void> {
    const heard = this.heard;
    this.heard = null;
    if (heard?.questionId !== questionId) return;
    await this.deps.playback
      .recordHeard(this.at.sessionId, questionId, heard.playedMs)
      .catch((error) => this.deps.log.warn({ err: error }, "could not store the heard time"));
  }

  /** The candidate asked to stop: the interview ends once, and the room learns where the report is. */
  private async end(): Promise<void> {
    this.bargeIn();
    await this.deps.interviews.end(this.at.userId, this.at.sessionId);
    this.finish();
  }

  private finish(): void {
    this.pause.cancel();
    this.ended = true;
    this.question = null;
    this.state.set("idle");
    this.sender.send({
      type: "interview_ended",
      sessionId: this.at.sessionId,
      report: `/api/sessions/${this.at.sessionId}/report`,
    });
  }
}
