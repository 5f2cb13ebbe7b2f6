import type { ExpressionSample } from "@studio/protocol";
import { useEffect, useRef, useState } from "react";
import { useLatest } from "../hooks/use-latest";
import { ExpressionAnalyzer } from "./expression-analyzer";
import type { FaceReading } from "./face-reading";
import { type Presence, steadyPresence } from "./presence-state";
import { SampleOutbox } from "./sample-outbox";

const FLUSH_MS = 10_000;

export interface ExpressionAnalysis {
  presence: Presence | "failed";
  backend: string | null;
  samples: number;
  averageMs: number | null;
}

interface Options {
  sessionId: string;
  stream: MediaStream | null;
  enabled: boolean;
  questionId: string | undefined;
  /** Sends a sample over the interview socket; false when it is not connected. */
  send: (sample: ExpressionSample) => boolean;
}

/** On-device expression and presence analysis of the camera while enabled; only numbers leave. */
export function useExpressionAnalysis({ sessionId, stream, enabled, questionId, send }: Options) {
  const [state, setState] = useState<ExpressionAnalysis>(idle);
  const questionRef = useLatest(questionId);
  const sendRef = useLatest(send);
  const readings = useRef<FaceReading[]>([]);

  useEffect(() => {
    if (!enabled || !stream) {
      setState(idle);
      return;
    }
    const video = document.createElement("video");
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
    const outbox = new SampleOutbox(sessionId);
    const flushTimer = setInterval(() => void outbox.flush(), FLUSH_MS);
    let totalMs = 0;
    const analyzer = new ExpressionAnalyzer(video, () => questionRef.current, {
      onReady: (backend) => setState((s) => ({ ...s, backend })),
      onReading: (reading, sample, ms) => {
        if (!sendRef.current(sample)) outbox.add(sample);
        readings.current = [...readings.current.slice(-4), reading];
        totalMs += ms;
        setState((s) => ({
          ...s,
          presence: steadyPresence(s.presence === "failed" ? "starting" : s.presence, readings.current),
          samples: s.samples + 1,
          averageMs: Math.round(totalMs / (s.samples + 1)),
        }));
      },
      onFailed: () => setState((s) => ({ ...s, presence: "failed" })),
    });
    return () => {
      analyzer.stop();
      clearInterval(flushTimer);
      void outbox.flush();
      video.srcObject = null;
      readings.current = [];
    };
  }, [enabled, stream, sessionId, questionRef, sendRef]);

  return state;
}

const idle: ExpressionAnalysis = { presence: "starting", backend: null, samples: 0, averageMs: null };
