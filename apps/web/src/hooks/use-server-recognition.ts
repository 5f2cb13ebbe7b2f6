import { useCallback, useEffect, useRef, useState } from "react";
import { type MicChunk, MicrophoneCapture } from "../audio/microphone-capture";
import { bytesToBase64 } from "../audio/pcm16";
import { EnergyVad } from "../audio/voice-activity";
import type { CandidateSpeech, CandidateSpeechOptions } from "../room/candidate-speech";
import { type MicProblem, mediaProblem } from "../room/speech-recognition";
import { useLatest } from "./use-latest";

const CHUNK_MS = 100;
/** Chunks kept from just before voice was detected, so the first syllable is not cut. */
const PREROLL_CHUNKS = 3;

/**
 * The candidate's voice for server-side recognition: the microphone through the PCM16 worklet, sent
 * as `audio_chunk`s. Hands-free streams what the energy detector calls speech and ends it with
 * `audio_end` after a pause; push-to-talk streams while held and ends on release.
 */
export function useServerRecognition(options: CandidateSpeechOptions): CandidateSpeech {
  const opts = useLatest(options);
  const [problem, setProblem] = useState<MicProblem | null>(null);
  const [live, setLive] = useState(false);
  const [pttHeld, setPttHeld] = useState(false);
  const [userSpeaking, setUserSpeaking] = useState(false);
  const pttRef = useLatest(pttHeld);
  const streaming = useRef(false);
  const sentAudio = useRef(false);
  const preroll = useRef<ArrayBuffer[]>([]);
  const vad = useRef(new EnergyVad({ frameMs: CHUNK_MS }));

  const send = useCallback(
    (pcm: ArrayBuffer) => {
      opts.current.sendAudio(bytesToBase64(new Uint8Array(pcm)));
      sentAudio.current = true;
    },
    [opts],
  );

  const endUtterance = useCallback(() => {
    streaming.current = false;
    setUserSpeaking(false);
    if (!sentAudio.current) return;
    sentAudio.current = false;
    opts.current.onAudioEnd();
  }, [opts]);

  const onChunk = useCallback(
    ({ pcm, rms }: MicChunk) => {
      const o = opts.current;
      if (pttRef.current) {
        send(pcm);
        return;
      }
      const buffered = preroll.current;
      buffered.push(pcm);
      if (buffered.length > PREROLL_CHUNKS) buffered.shift();
      if (o.mode !== "handsfree" || !(o.canAnswer || o.interviewerSpeaking)) {
        vad.current.reset();
        if (streaming.current) endUtterance();
        return;
      }
      // Ask for a louder voice while the interviewer talks, so its echo does not barge in.
      const event = vad.current.push(rms, o.interviewerSpeaking ? 0.4 : 1);
      if (event === "start") {
        if (o.interviewerSpeaking) o.onBargeIn();
        streaming.current = true;
        setUserSpeaking(true);
        for (const chunk of buffered.splice(0)) send(chunk);
        return;
      }
      if (streaming.current) send(pcm);
      if (event === "end") endUtterance();
    },
    [opts, pttRef, send, endUtterance],
  );

  useEffect(() => {
    if (!options.enabled) return;
    let capture: MicrophoneCapture | null = null;
    let cancelled = false;
    if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === "undefined") {
      setProblem(window.isSecureContext ? "unsupported" : "insecure");
      return;
    }
    MicrophoneCapture.start(opts.current.getContext(), (chunk) => onChunk(chunk)).then(
      (started) => {
        if (cancelled) started.stop();
        else {
          capture = started;
          setProblem(null);
          setLive(true);
        }
      },
      (error: unknown) => {
        if (!cancelled) setProblem(mediaProblem(error));
      },
    );
    return () => {
      cancelled = true;
      capture?.stop();
      setLive(false);
    };
  }, [options.enabled, onChunk, opts]);

  const press = useCallback(() => {
    if (pttRef.current) return;
    if (opts.current.interviewerSpeaking) opts.current.onBargeIn();
    vad.current.reset();
    // What was already said in hands-free belongs to this answer too.
    streaming.current = false;
    setPttHeld(true);
    setUserSpeaking(true);
  }, [opts, pttRef]);

  const release = useCallback(() => {
    if (!pttRef.current) return;
    setPttHeld(false);
    pttRef.current = false;
    endUtterance();
  }, [endUtterance, pttRef]);

  return { problem, live, pttHeld, userSpeaking, press, release };
}
