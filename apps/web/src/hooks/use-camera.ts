import { useEffect, useState } from "react";
import { type MicProblem, mediaProblem } from "../room/speech-recognition";

export type CameraProblem = Exclude<MicProblem, "network">;

/**
 * The candidate's camera for the self-view while `enabled`. A failure or a refusal is reported, never
 * thrown: the interview goes on without video.
 */
export function useCamera(enabled: boolean) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);

  useEffect(() => {
    if (!enabled) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(window.isSecureContext ? "unsupported" : "insecure");
      return;
    }
    let cancelled = false;
    let current: MediaStream | null = null;
    navigator.mediaDevices.getUserMedia({ video: true, audio: false }).then(
      (media) => {
        if (cancelled) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        current = media;
        setProblem(null);
        setStream(media);
        // Unplugged or taken by another app mid-interview.
        for (const track of media.getVideoTracks()) {
          track.addEventListener("ended", () => {
            if (!cancelled) {
              setStream(null);
              setProblem("unavailable");
            }
          });
        }
      },
      (error: unknown) => {
        if (!cancelled) setProblem(mediaProblem(error) as CameraProblem);
      },
    );
    return () => {
      cancelled = true;
      if (current) for (const track of current.getTracks()) track.stop();
      setStream(null);
    };
  }, [enabled]);

  return { stream, problem: enabled ? problem : null };
}
