import type { AnswerDelivery, ClientMessage } from "@studio/protocol";
import { useCallback, useRef } from "react";
import type { RoomEvent, RoomState } from "../room/room-state";

const MAX_DURATION_MS = 3_600_000;

interface TurnDeps {
  state: RoomState;
  send: (message: ClientMessage) => boolean;
  update: (event: RoomEvent) => void;
  /** The interviewer's voice: whether it is audible, and stopping it (returns the ms heard). */
  voice: { speaking: boolean; interrupt: () => number };
  /** With recording on: the answer's delivery, measured from its audio after the answer went. */
  measure?: { current: ((text: string) => Promise<AnswerDelivery | undefined>) | null };
  /** Sends the measured delivery once it is ready (socket or REST). */
  deliver?: (measured: AnswerDelivery) => Promise<void>;
}

/**
 * The candidate's side of a turn: barge-in (`interrupt` with how much of the question was heard) and
 * sending an answer, timed from when the interviewer started listening.
 */
export function useRoomTurn({ state, send, update, voice, measure, deliver }: TurnDeps) {
  const interrupt = useCallback(() => {
    if (!voice.speaking && state.agent !== "speaking") return;
    send({ type: "interrupt", playedMs: voice.interrupt() });
  }, [send, voice, state.agent]);

  const listeningSince = useRef(Date.now());
  if (state.agent !== "listening") listeningSince.current = Date.now();

  const sendAnswer = (text: string, durationMs?: number) => {
    interrupt();
    const duration = durationMs ?? Date.now() - listeningSince.current;
    update({ type: "local/answer_sent", text });
    // The recording stops now; the answer goes at once and its delivery follows when measured.
    const measured = measure?.current?.(text) ?? Promise.resolve(undefined);
    send({
      type: "answer_text",
      text,
      durationMs: Math.round(Math.min(MAX_DURATION_MS, Math.max(0, duration))),
    });
    void measured
      .then((delivery) => delivery && deliver?.(delivery))
      .catch((error: unknown) => console.warn("delivery not sent", error));
  };
  return { interrupt, sendAnswer };
}
