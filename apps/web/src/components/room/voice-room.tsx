import type { SessionDetail } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/api-error";
import { queryKeys } from "../../api/query-keys";
import { endSession, getSession } from "../../api/sessions-api";
import { ExpressionOverlay } from "../../camera/expression-overlay";
import { useCamera } from "../../hooks/use-camera";
import { useCandidateSpeech } from "../../hooks/use-candidate-speech";
import { useInterviewSocket } from "../../hooks/use-interview-socket";
import { useInterviewerVoice } from "../../hooks/use-interviewer-voice";
import { useLatest } from "../../hooks/use-latest";
import { errorMessage } from "../../i18n/error-message";
import type { MicMode } from "../../room/candidate-speech";
import { buttonClass } from "../button-styles";
import { ConfirmDialog } from "../confirm-dialog";
import { AvatarStateChip } from "./avatar-state-chip";
import { CameraPreview } from "./camera-preview";
import { ConnectionPill } from "./connection-pill";
import { type AvatarState, InterviewerAvatar } from "./interviewer-avatar";
import { RoomAnswerForm } from "./room-answer-form";
import { RoomControls } from "./room-controls";
import { RoomEvaluation } from "./room-evaluation";
import { RoomNotice } from "./room-notice";
import { RoomQuestion } from "./room-question";
import { RoomSubtitles } from "./room-subtitles";

const MIC_MODE_KEY = "studio.micMode";
const CAMERA_KEY = "studio.camera";
/** A reply whose text is complete but whose voice never starts stops "thinking" after this long. */
const SILENT_REPLY_MS = 3000;
/** How long the server gets to confirm `end_interview` before the REST endpoint is used. */
const END_FALLBACK_MS = 5000;
const MAX_DURATION_MS = 3_600_000;

const storedMicMode = (): MicMode => (localStorage.getItem(MIC_MODE_KEY) === "ptt" ? "ptt" : "handsfree");

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The voice interview room: the interviewer's animated face speaks each question (server audio or the
 * browser's voice) with live captions; the candidate answers by voice (hands-free or push-to-talk) or
 * by typing; each answer's score appears as it arrives. Camera and microphone are optional: when one
 * fails the interview goes on with a notice.
 */
export function VoiceRoom({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const voice = useInterviewerVoice(session.language);
  const leaving = useRef(false);

  const goToReport = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    void navigate(`/report/${session.id}`, { replace: true });
  }, [navigate, queryClient, session.id]);

  const socket = useInterviewSocket(session.id, {
    onMessage: (message) => {
      voice.handle(message);
      if (message.type === "interview_ended") goToReport();
      if (message.type === "session_state" && message.status === "completed") goToReport();
      if (message.type === "error" && message.code === "SESSION_CLOSED") goToReport();
    },
    onBinary: voice.handleBinary,
  });
  const { state, send, update } = socket;
  const [connectedOnce, setConnectedOnce] = useState(false);
  if (state.ready && !connectedOnce) setConnectedOnce(true);

  // The REST copy shows the question until the socket reports its own.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first copy seeds the room
  useEffect(() => update({ type: "local/question", question: session.question }), [update]);

  // A new question streamed in that session_state has not described yet: fetch its details.
  const fetchedFor = useRef<string | null>(null);
  useEffect(() => {
    const id = state.ai.questionId;
    if (!state.ai.done || !id || id === state.question?.id || fetchedFor.current === id) return;
    fetchedFor.current = id;
    getSession(session.id).then(
      (detail) => {
        if (detail.question?.id === id) update({ type: "local/question", question: detail.question });
      },
      () => undefined,
    );
  }, [state.ai.done, state.ai.questionId, state.question?.id, session.id, update]);

  // --- interviewer's turn -------------------------------------------------------------------------
  useEffect(() => {
    if (voice.speaking) update({ type: "local/reply_started" });
  }, [voice.speaking, update]);

  const answeredTurn = useRef(-1);
  useEffect(() => {
    if (!state.awaitingReply || !state.ai.done || state.ai.turn <= answeredTurn.current) return;
    const timer = setTimeout(() => update({ type: "local/reply_started" }), SILENT_REPLY_MS);
    return () => clearTimeout(timer);
  }, [state.awaitingReply, state.ai.done, state.ai.turn, update]);

  const avatarState: AvatarState = voice.speaking
    ? "speaking"
    : !state.ready
      ? "idle"
      : state.awaitingReply
        ? "thinking"
        : "listening";

  const listeningSince = useRef(Date.now());
  useEffect(() => {
    if (avatarState === "listening") listeningSince.current = Date.now();
  }, [avatarState]);

  const speakingRef = useLatest(voice.speaking);
  const interrupt = useCallback(() => {
    if (!speakingRef.current) return;
    const playedMs = voice.interrupt();
    send({ type: "interrupt", playedMs });
  }, [send, speakingRef, voice]);

  const sendAnswer = useCallback(
    (text: string, durationMs?: number) => {
      if (speakingRef.current) interrupt();
      const duration = durationMs ?? Date.now() - listeningSince.current;
      send({
        type: "answer_text",
        text,
        durationMs: Math.round(Math.min(MAX_DURATION_MS, Math.max(0, duration))),
      });
      answeredTurn.current = state.ai.turn;
      update({ type: "local/answer_sent", text });
    },
    [interrupt, send, speakingRef, state.ai.turn, update],
  );

  // --- candidate's turn ---------------------------------------------------------------------------
  const [micMode, setMicMode] = useState<MicMode>(storedMicMode);
  const chooseMicMode = (mode: MicMode) => {
    setMicMode(mode);
    localStorage.setItem(MIC_MODE_KEY, mode);
  };
  const canAnswer = state.ready && !state.awaitingReply && !state.ended && state.question !== null;
  const speech = useCandidateSpeech(state.stt, {
    enabled: connectedOnce && !state.ended,
    language: session.language,
    mode: micMode,
    canAnswer,
    interviewerSpeaking: voice.speaking,
    interviewerText: state.ai.text,
    onUserSpeech: (interim, final) => update({ type: "local/user_speech", interim, final }),
    onAnswer: (text, durationMs) => sendAnswer(text, durationMs),
    onBargeIn: interrupt,
    getContext: voice.getContext,
    sendAudio: (data) => send({ type: "audio_chunk", data }),
    onAudioEnd: () => {
      send({ type: "audio_end" });
      answeredTurn.current = state.ai.turn;
      update({ type: "local/audio_end" });
    },
  });

  // Keyboard: hold Space to talk (outside text fields), Esc to interrupt.
  const speechRef = useLatest(speech);
  useEffect(() => {
    const dialogOpen = () => document.querySelector("dialog[open]") !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogOpen()) return;
      if (event.key === "Escape") {
        if (speakingRef.current) interrupt();
        return;
      }
      if (event.key !== " " || isTextField(event.target)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A focused button keeps its own Space; the push-to-talk button handles itself.
      if (target?.closest("button, a, summary, [role=button], [role=switch]")) return;
      event.preventDefault();
      if (!event.repeat && speechRef.current.problem === null) speechRef.current.press();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === " " && speechRef.current.pttHeld && !isTextField(event.target)) {
        event.preventDefault();
        speechRef.current.release();
      }
    };
    const onBlur = () => speechRef.current.pttHeld && speechRef.current.release();
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    window.addEventListener("blur", onBlur);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
      window.removeEventListener("blur", onBlur);
    };
  }, [interrupt, speakingRef, speechRef]);

  // --- camera -------------------------------------------------------------------------------------
  const [cameraOn, setCameraOn] = useState(() => {
    const stored = localStorage.getItem(CAMERA_KEY);
    return stored === null ? session.mode === "video" : stored === "on";
  });
  const camera = useCamera(cameraOn);
  const toggleCamera = () => {
    setCameraOn((on) => {
      localStorage.setItem(CAMERA_KEY, on ? "off" : "on");
      return !on;
    });
  };

  // --- ending -------------------------------------------------------------------------------------
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [ending, setEnding] = useState(false);
  const end = useMutation({
    mutationFn: () => endSession(session.id),
    onSuccess: goToReport,
    onError: (error) => {
      if (isApiError(error, 409)) goToReport();
    },
  });
  const endMutate = end.mutate;
  useEffect(() => {
    if (!ending) return;
    const sent = send({ type: "end_interview" });
    // The server answers with interview_ended; if it cannot, end over HTTP instead.
    const timer = setTimeout(() => endMutate(), sent ? END_FALLBACK_MS : 0);
    return () => clearTimeout(timer);
  }, [ending, send, endMutate]);

  const micProblem = speech.problem;
  return (
    <div data-testid="voice-room" data-avatar-state={avatarState} className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-bold tracking-tight text-slate-900">
            {t(session.mode === "video" ? "room.titleVideo" : "room.title")}
          </h1>
          <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">
            {t(`roles.${session.role}`)} · {t(`languages.${session.language}`)}
          </span>
        </div>
      </div>

      <div className="space-y-2 empty:hidden">
        {camera.problem && (
          <RoomNotice testId="camera-notice">
            {t(camera.problem === "denied" ? "room.notices.cameraDenied" : "room.notices.camera")}
          </RoomNotice>
        )}
        {micProblem && <RoomNotice testId="mic-notice">{t(`room.notices.mic.${micProblem}`)}</RoomNotice>}
        {voice.issue === "no-voice" && state.speech === "browser" && (
          <RoomNotice testId="voice-notice" tone="info">
            {t("room.notices.noVoice")}
          </RoomNotice>
        )}
        {socket.status === "offline" && (
          <RoomNotice
            testId="connection-notice"
            tone="error"
            action={
              <button type="button" className={buttonClass("secondary", "sm")} onClick={socket.reconnect}>
                {t("room.connection.retry")}
              </button>
            }
          >
            {!socket.fatal
              ? t("room.connection.lost")
              : state.error?.code === "REPLACED"
                ? t("room.connection.replaced")
                : t("room.connection.refused")}
          </RoomNotice>
        )}
        {state.notices.map((notice) => (
          <RoomNotice
            key={notice.id}
            testId="room-notice"
            tone="info"
            onDismiss={() => update({ type: "local/dismiss_notice", id: notice.id })}
          >
            {notice.message}
          </RoomNotice>
        ))}
        {state.error && state.error.code !== "REPLACED" && (
          <RoomNotice
            testId="room-error"
            tone="error"
            onDismiss={() => update({ type: "local/dismiss_error" })}
          >
            {t("room.errors.generic")} <span className="opacity-75">({state.error.message})</span>
          </RoomNotice>
        )}
        {end.isError && !isApiError(end.error, 409) && (
          <RoomNotice testId="end-error" tone="error">
            {errorMessage(t, end.error)}
          </RoomNotice>
        )}
      </div>

      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)]">
        <div className="space-y-4">
          <section
            aria-label={t("room.stage")}
            className="card relative overflow-hidden bg-linear-to-b from-brand-50 via-white to-slate-100"
          >
            <div className="flex justify-center px-4 pt-10 pb-4 sm:pt-8">
              <InterviewerAvatar state={avatarState} readMouth={voice.readMouth} />
            </div>
            <div className="absolute top-3 left-3">
              <ConnectionPill status={socket.status} />
            </div>
            <div className="absolute bottom-3 left-3">
              <AvatarStateChip state={avatarState} />
            </div>
            <div className="absolute right-3 bottom-3">
              <CameraPreview stream={camera.stream} enabled={cameraOn} onToggle={toggleCamera} />
            </div>
            <div className="absolute top-3 right-3">
              <ExpressionOverlay
                sessionId={session.id}
                stream={camera.stream}
                questionId={state.question?.id}
                send={(sample) => send({ type: "emotion", ...sample })}
              />
            </div>
            {voice.soundBlocked && (
              <div className="absolute inset-x-0 top-3 flex justify-center">
                <button
                  type="button"
                  onClick={voice.unlockSound}
                  data-testid="enable-sound"
                  className={buttonClass("primary", "sm", "shadow-lg")}
                >
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 24 24"
                    className="size-4"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  >
                    <path d="M11 5 6 9H3v6h3l5 4V5zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
                  </svg>
                  {t("room.sound.enable")}
                </button>
              </div>
            )}
          </section>

          <RoomSubtitles
            interviewer={state.ai.text}
            interviewerDone={state.ai.done}
            interim={state.user.interim}
            final={state.user.final}
            userSpeaking={speech.userSpeaking}
          />

          <RoomControls
            micMode={micMode}
            onMicMode={chooseMicMode}
            mic={micProblem ? "off" : connectedOnce ? "ready" : "waiting"}
            micLive={speech.live}
            pttHeld={speech.pttHeld}
            userSpeaking={speech.userSpeaking}
            onPress={speech.press}
            onRelease={speech.release}
            canInterrupt={voice.speaking}
            onInterrupt={interrupt}
            onEnd={() => setConfirmOpen(true)}
            ending={ending}
          />
        </div>

        <div className="space-y-4">
          <RoomQuestion
            question={state.question}
            followUp={state.ai.followUp && state.ai.questionId === state.question?.id}
          />
          <RoomAnswerForm
            disabled={!state.question || state.awaitingReply || ending}
            waiting={state.awaitingReply}
            onSubmit={(text) => sendAnswer(text)}
          />
          <RoomEvaluation evaluation={state.evaluation} />
        </div>
      </div>

      <ConfirmDialog
        open={confirmOpen}
        title={t("interview.endConfirm.title")}
        body={t("interview.endConfirm.body")}
        confirmLabel={t("interview.endConfirm.confirm")}
        cancelLabel={t("common.cancel")}
        busy={ending}
        onConfirm={() => {
          setConfirmOpen(false);
          voice.interrupt();
          setEnding(true);
        }}
        onCancel={() => setConfirmOpen(false)}
      />
    </div>
  );
}
