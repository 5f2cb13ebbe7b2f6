import type { AnswerDelivery, Language } from "@studio/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import { analyzeRecording } from "./analyze-recording";
import { AnswerRecorder } from "./answer-recorder";
import { saveRecording } from "./recording-db";
import { preloadVad } from "./silero-browser";

/** An analysis that takes longer than this is given up (the answer itself never waits for it). */
const ANALYSIS_TIMEOUT_MS = 30_000;
const OPT_IN_KEY = (sessionId: string) => `studio.record.${sessionId}`;

export interface AnswerRecordingOptions {
  sessionId: string;
  language: Language;
  /** The candidate's turn: the question was asked and the answer is awaited. */
  turnOpen: boolean;
  questionId: string | null;
  /** Video interviews record the camera too. */
  videoTrack: MediaStreamTrack | null;
}

export type RecordingStatus = "off" | "idle" | "recording" | "analyzing" | "failed";

/**
 * Opt-in recording of each answer, kept on this device: starts when the candidate's turn opens, stops
 * when the answer is sent, then measures its delivery (Silero VAD in the browser) so the figures can
 * travel with the answer. Nothing here needs speech recognition.
 */
export function useAnswerRecording(options: AnswerRecordingOptions) {
  const { sessionId, turnOpen, questionId } = options;
  const [enabled, setEnabledState] = useState(() => sessionStorage.getItem(OPT_IN_KEY(sessionId)) === "on");
  const [status, setStatus] = useState<RecordingStatus>(enabled ? "idle" : "off");
  const current = useRef<{ recorder: Promise<AnswerRecorder | null>; questionId: string } | null>(null);
  const opts = useRef(options);
  opts.current = options;

  const setEnabled = useCallback(
    (on: boolean) => {
      sessionStorage.setItem(OPT_IN_KEY(sessionId), on ? "on" : "off");
      setEnabledState(on);
      setStatus(on ? "idle" : "off");
      if (!on) {
        // Switched off mid-answer: the microphone closes and what was recorded is dropped, not kept.
        const running = current.current;
        current.current = null;
        void running?.recorder.then((r) => r?.stop());
      }
    },
    [sessionId],
  );

  useEffect(() => {
    if (enabled) preloadVad();
  }, [enabled]);

  useEffect(() => {
    if (!enabled || !turnOpen || !questionId || current.current?.questionId === questionId) return;
    const recorder = AnswerRecorder.start(opts.current.videoTrack).catch(() => {
      setStatus("failed");
      return null;
    });
    current.current = { recorder, questionId };
    // Switched off before the microphone opened: that recorder was stopped and is no longer current.
    void recorder.then((r) => r && current.current?.recorder === recorder && setStatus("recording"));
  }, [enabled, turnOpen, questionId]);

  // Leaving the room stops the microphone.
  useEffect(
    () => () => {
      void current.current?.recorder.then((r) => r?.stop());
    },
    [],
  );

  const noteSpeech = useCallback((interim: string, final: string) => {
    void current.current?.recorder.then((r) => {
      if (interim || final) r?.noteHeard();
      r?.noteFinal(final);
    });
  }, []);

  /**
   * Stops the answer's recording, keeps it on the device and measures its delivery (undefined if none).
   * The answer does not wait for this: the figures follow it (see send-delivery.ts).
   */
  const finish = useCallback(async (transcript: string): Promise<AnswerDelivery | undefined> => {
    const running = current.current;
    if (!running) return undefined;
    const recorder = await running.recorder;
    // This answer's recording is done: the turn's effect must not start another for the same question.
    current.current = { recorder: Promise.resolve(null), questionId: running.questionId };
    if (!recorder) return undefined;
    setStatus("analyzing");
    const { blob, durationMs, segments } = await recorder.stop();
    const { sessionId: sid, language } = opts.current;
    await saveRecording({ sessionId: sid, questionId: running.questionId, blob, durationMs }).catch(
      () => undefined,
    );
    const timeout = new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), ANALYSIS_TIMEOUT_MS),
    );
    const started = performance.now();
    const delivery = await Promise.race([
      analyzeRecording(blob, transcript, language, segments).catch((error: unknown) => {
        console.warn("delivery analysis failed", error);
        return undefined;
      }),
      timeout,
    ]);
    console.info(
      `delivery measured in ${Math.round(performance.now() - started)} ms`,
      delivery ? "" : "(none)",
    );
    setStatus("idle");
    return delivery ? { questionId: running.questionId, delivery } : undefined;
  }, []);

  return { enabled, setEnabled, status, finish, noteSpeech };
}
