import { useCallback, useEffect, useRef, useState } from "react";
import { type CandidateSpeech, type CandidateSpeechOptions, speechLang } from "../room/candidate-speech";
import {
  isEcho,
  type MicProblem,
  recognitionProblem,
  recognizerConstructor,
  type SpeechRecognizer,
} from "../room/speech-recognition";
import { useLatest } from "./use-latest";

/** Hands-free: this much quiet after the last recognized words ends the answer. */
const SILENCE_MS = 2200;
/** Push-to-talk: how long to wait for the last final result after release. */
const RELEASE_GRACE_MS = 1500;
const MAX_QUICK_RESTARTS = 5;
const MAX_DURATION_MS = 3_600_000;

interface Answer {
  /** Final text from recognition sessions that already ended. */
  carried: string;
  finals: string;
  interim: string;
  startedAt: number;
  /** When the last words were recognized: the answer's duration ends there, not after the pause. */
  lastHeardAt: number;
}

const emptyAnswer = (): Answer => ({ carried: "", finals: "", interim: "", startedAt: 0, lastHeardAt: 0 });

/**
 * The candidate's voice through the browser's SpeechRecognition: live subtitles from interim results,
 * and the final transcript handed over as the answer on silence (hands-free) or on release
 * (push-to-talk). While the interviewer speaks it keeps listening for a barge-in, ignoring its echo.
 */
export function useBrowserRecognition(options: CandidateSpeechOptions): CandidateSpeech {
  const opts = useLatest(options);
  const [problem, setProblem] = useState<MicProblem | null>(() =>
    recognizerConstructor() ? null : "unsupported",
  );
  const [pttHeld, setPttHeld] = useState(false);
  const [live, setLive] = useState(false);
  const [userSpeaking, setUserSpeaking] = useState(false);
  const answer = useRef<Answer>(emptyAnswer());
  const recognizer = useRef<SpeechRecognizer | null>(null);
  /** Index of the first result in the current session that still belongs to the answer. */
  const firstResult = useRef(0);
  const resultCount = useRef(0);
  const silenceTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const releasing = useRef(false);
  const pttRef = useLatest(pttHeld);

  const finish = useCallback(() => {
    clearTimeout(silenceTimer.current);
    const { carried, finals, interim, startedAt, lastHeardAt } = answer.current;
    const text = `${carried} ${finals} ${interim}`.replace(/\s+/g, " ").trim();
    answer.current = emptyAnswer();
    firstResult.current = resultCount.current;
    setUserSpeaking(false);
    if (!text) return;
    const durationMs = Math.min(
      MAX_DURATION_MS,
      Math.max(0, (lastHeardAt || Date.now()) - (startedAt || Date.now())),
    );
    opts.current.onAnswer(text, durationMs);
  }, [opts]);

  const running =
    options.enabled &&
    problem === null &&
    (pttHeld || (options.mode === "handsfree" && (options.canAnswer || options.interviewerSpeaking)));

  useEffect(() => {
    if (!running) return;
    const Recognizer = recognizerConstructor();
    if (!Recognizer) return;
    let stopped = false;
    let quickEnds = 0;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;

    const startSession = () => {
      const recognition = new Recognizer();
      const startedAt = Date.now();
      recognition.lang = speechLang(opts.current.language);
      recognition.continuous = true;
      recognition.interimResults = true;
      recognition.maxAlternatives = 1;
      if (opts.current.processLocally) (recognition as { processLocally?: boolean }).processLocally = true;
      firstResult.current = 0;
      resultCount.current = 0;

      recognition.onresult = (event) => {
        const { results } = event;
        resultCount.current = results.length;
        let finals = "";
        let interim = "";
        for (let i = firstResult.current; i < results.length; i++) {
          const result = results[i];
          const text = result?.[0]?.transcript ?? "";
          if (result?.isFinal) finals += text;
          else interim += text;
        }
        const heard = `${finals} ${interim}`.trim();
        if (!heard) return;
        const o = opts.current;
        if (o.interviewerSpeaking && !pttRef.current) {
          if (isEcho(heard, o.interviewerText)) {
            if (!interim) firstResult.current = results.length;
            return;
          }
          o.onBargeIn();
        } else if (!o.canAnswer && !o.interviewerSpeaking && !pttRef.current && !releasing.current) {
          return; // the interviewer is thinking about the last answer
        }
        if (!answer.current.startedAt) answer.current.startedAt = Date.now();
        answer.current.lastHeardAt = Date.now();
        answer.current.finals = finals.trim();
        answer.current.interim = interim.trim();
        setUserSpeaking(true);
        o.onUserSpeech(answer.current.interim, `${answer.current.carried} ${answer.current.finals}`.trim());
        clearTimeout(silenceTimer.current);
        if (!pttRef.current && !releasing.current && o.mode === "handsfree") {
          silenceTimer.current = setTimeout(finish, SILENCE_MS);
        }
      };
      recognition.onerror = (event) => {
        const found = recognitionProblem(event.error);
        if (found) {
          stopped = true;
          setProblem(found);
        }
      };
      recognition.onend = () => {
        if (recognizer.current === recognition) recognizer.current = null;
        const a = answer.current;
        a.carried = `${a.carried} ${a.finals}`.trim();
        a.finals = "";
        if (releasing.current) {
          releasing.current = false;
          finish();
        }
        setLive(false);
        if (stopped) return;
        quickEnds = Date.now() - startedAt < 1000 ? quickEnds + 1 : 0;
        if (quickEnds >= MAX_QUICK_RESTARTS) {
          // Ends in a row without a word: no recognizer behind the API (Chromium), not a broken microphone.
          setProblem("unsupported");
          return;
        }
        restartTimer = setTimeout(startSession, 250 * (quickEnds + 1));
      };
      recognizer.current = recognition;
      try {
        recognition.start();
        setLive(true);
      } catch {
        setProblem("unavailable");
      }
    };

    startSession();
    return () => {
      stopped = true;
      clearTimeout(restartTimer);
      const recognition = recognizer.current;
      // A push-to-talk release stops gracefully so the last words still arrive; anything else aborts.
      if (recognition && !releasing.current) {
        recognition.onend = null;
        recognition.onresult = null;
        recognition.abort();
        recognizer.current = null;
        setLive(false);
      }
    };
  }, [running, finish, opts, pttRef]);

  useEffect(() => () => clearTimeout(silenceTimer.current), []);

  const press = useCallback(() => {
    if (pttRef.current) return;
    if (opts.current.interviewerSpeaking) opts.current.onBargeIn();
    clearTimeout(silenceTimer.current);
    if (!answer.current.startedAt) answer.current.startedAt = Date.now();
    setPttHeld(true);
  }, [opts, pttRef]);

  const release = useCallback(() => {
    if (!pttRef.current) return;
    setPttHeld(false);
    const recognition = recognizer.current;
    if (recognition) {
      // Stop gracefully: the last words arrive as final results before the session ends.
      releasing.current = true;
      recognition.stop();
      setTimeout(() => {
        if (!releasing.current) return;
        releasing.current = false;
        finish();
      }, RELEASE_GRACE_MS);
    } else {
      finish();
    }
  }, [finish, pttRef]);

  return { problem, live, pttHeld, userSpeaking, press, release };
}
