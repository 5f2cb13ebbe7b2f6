import { measureSampledDelivery } from "@studio/interview/speech";
import type { ClientMessage, Delivery, Language } from "@studio/protocol";
import { pcm16ToSamples, speechProbabilities, VAD_FRAME_MS, VAD_SAMPLE_RATE } from "@studio/providers";
import { ApiError } from "../http/api-error";
import type { HeardAnswer } from "./server-listener";
import type { SocketSender } from "./socket-sender";
import type { TurnQueue } from "./turn-queue";
import type { VoiceSessionDeps, VoiceSessionStart } from "./voice-deps";

type DeliveryMessage = Extract<ClientMessage, { type: "answer_delivery" }>;

/**
 * Stores an answer's delivery and tells the room (`delivery`). The answer was stored before: the
 * socket's turn queue runs this after the answer's turn. A refusal (no such answer) is an `error`.
 */
export async function storeDelivery(
  deps: VoiceSessionDeps,
  sender: SocketSender,
  at: VoiceSessionStart,
  { questionId, delivery }: Omit<DeliveryMessage, "type">,
  /** False for figures the server measured itself: an answer that was refused has nothing to join. */
  tellRefusal = true,
): Promise<void> {
  if (!deps.deliveries) return;
  try {
    await deps.deliveries.attach(at.userId, at.sessionId, questionId, delivery);
    sender.send({ type: "delivery", questionId, delivery });
  } catch (error) {
    if (error instanceof ApiError) {
      if (tellRefusal) sender.error(error.code, error.message);
    } else deps.log.warn({ err: error }, "answer delivery not stored");
  }
}

/**
 * The delivery of an answer heard on the server, from its own audio: Silero VAD over the PCM for
 * talk, thinking time and pauses, frame loudness, and the recognised transcript for rate and fillers.
 */
export async function measureHeardDelivery(
  audio: Uint8Array,
  transcript: string,
  language: Language,
): Promise<Delivery> {
  const samples = pcm16ToSamples(audio);
  const probabilities = await speechProbabilities(samples);
  return measureSampledDelivery({
    samples,
    sampleRate: VAD_SAMPLE_RATE,
    probabilities,
    frameMs: VAD_FRAME_MS,
    language,
    transcript,
  });
}

/**
 * The delivery of an answer heard on the server, measured from its audio in the background (the answer
 * does not wait) and stored in a turn queued after the answer's own, so the answer is stored first.
 */
export function deliverHeardAnswer(
  deps: VoiceSessionDeps,
  sender: SocketSender,
  at: VoiceSessionStart,
  queue: TurnQueue,
  questionId: string,
  { audio, transcript }: HeardAnswer,
): void {
  void measureHeardDelivery(audio, transcript, at.language)
    .then((delivery) => {
      if (delivery) void queue.run(() => storeDelivery(deps, sender, at, { questionId, delivery }, false));
    })
    .catch((error: unknown) => deps.log.warn({ err: error }, "delivery of a heard answer not measured"));
}
