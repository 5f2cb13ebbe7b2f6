import type { KeyboardEvent, PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MicMode } from "../../room/candidate-speech";
import type { MicState } from "../../room/mic-state";
import { buttonClass } from "../button-styles";

interface RoomControlsProps {
  micMode: MicMode;
  onMicMode: (mode: MicMode) => void;
  /** See mic-state.ts: only "off" means the microphone itself failed. */
  mic: MicState;
  micLive: boolean;
  pttHeld: boolean;
  userSpeaking: boolean;
  onPress: () => void;
  onRelease: () => void;
  canInterrupt: boolean;
  onInterrupt: () => void;
  onEnd: () => void;
  ending: boolean;
}

const MicGlyph = () => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="size-6"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.9"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <rect x="9" y="3" width="6" height="11" rx="3" />
    <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
  </svg>
);

const HandGlyph = () => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="size-4"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.9"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M18 11V6a2 2 0 0 0-4 0M14 10V4a2 2 0 0 0-4 0v2M10 10.5V6a2 2 0 0 0-4 0v8" />
    <path d="M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.9-6-2.4l-3.6-3.6a2 2 0 0 1 2.8-2.8L7 15" />
  </svg>
);

const isPttKey = (event: KeyboardEvent) => event.key === " " || event.key === "Enter";

/** Microphone mode, push-to-talk, barge-in and the way out. */
export function RoomControls(props: RoomControlsProps) {
  const { t } = useTranslation();
  const { micMode, mic, pttHeld } = props;
  const micAvailable = mic === "ready";

  const down = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    props.onPress();
  };
  const keyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!isPttKey(event)) return;
    event.preventDefault();
    if (!event.repeat) props.onPress();
  };
  const keyUp = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!isPttKey(event)) return;
    event.preventDefault();
    props.onRelease();
  };

  const pttLabel =
    mic === "off"
      ? t("room.controls.micOff")
      : mic === "noRecognition"
        ? t("room.controls.noRecognition")
        : mic === "needsConsent"
          ? t("room.controls.needsConsent")
          : mic === "waiting"
            ? t("room.stateChip.idle")
            : pttHeld
              ? t("room.controls.pttRelease")
              : t("room.controls.pttHold");
  const hint =
    mic === "off"
      ? t("room.controls.typeInstead")
      : mic === "noRecognition"
        ? t("room.controls.noRecognitionHint")
        : mic === "needsConsent"
          ? t("room.controls.needsConsentHint")
          : micMode === "ptt"
            ? t("room.controls.pttHint")
            : t("room.controls.handsfreeHint");

  return (
    <section
      data-testid="room-controls"
      aria-label={t("room.controls.label")}
      className="card flex flex-wrap items-center gap-4 p-4 sm:p-5"
    >
      <fieldset className="flex rounded-xl border border-slate-200 bg-slate-100 p-1 text-sm font-medium">
        <legend className="sr-only">{t("room.controls.micMode")}</legend>
        {(["handsfree", "ptt"] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={micMode === mode}
            data-testid={`mic-mode-${mode}`}
            onClick={() => props.onMicMode(mode)}
            className={`rounded-lg px-3 py-1.5 transition-colors ${
              micMode === mode ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
            }`}
          >
            {t(`room.controls.${mode}`)}
          </button>
        ))}
      </fieldset>

      <div className="flex items-center gap-3">
        <button
          type="button"
          data-testid="ptt-button"
          data-ptt="true"
          aria-pressed={pttHeld}
          aria-describedby="ptt-hint"
          disabled={!micAvailable}
          onPointerDown={down}
          onPointerUp={props.onRelease}
          onPointerCancel={props.onRelease}
          onKeyDown={keyDown}
          onKeyUp={keyUp}
          onContextMenu={(e) => e.preventDefault()}
          className={`relative inline-flex size-14 shrink-0 touch-none items-center justify-center rounded-full text-white shadow-md transition-all select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:shadow-none ${
            pttHeld ? "scale-105 bg-rose-600" : "bg-brand-600 hover:bg-brand-700"
          }`}
        >
          {(pttHeld || (micMode === "handsfree" && props.userSpeaking)) && (
            <span aria-hidden="true" className="absolute inset-0 animate-ping rounded-full bg-rose-400/40" />
          )}
          <MicGlyph />
          <span className="sr-only">{pttLabel}</span>
        </button>
        <div className="min-w-0 text-sm">
          <p className="font-semibold text-slate-900" data-testid="mic-state" data-state={mic}>
            {micMode === "handsfree" && micAvailable && props.micLive && !pttHeld
              ? t("room.controls.listeningNow")
              : pttLabel}
          </p>
          <p id="ptt-hint" className="max-w-64 text-xs leading-5 text-slate-500">
            {hint}
          </p>
        </div>
      </div>

      <div className="ml-auto flex flex-wrap gap-2">
        <button
          type="button"
          data-testid="interrupt-button"
          aria-keyshortcuts="Escape"
          onClick={props.onInterrupt}
          disabled={!props.canInterrupt}
          className={buttonClass("secondary", "md")}
        >
          <HandGlyph />
          {t("room.controls.interrupt")}
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1 text-[10px] font-medium text-slate-500">
            Esc
          </kbd>
        </button>
        <button
          type="button"
          data-testid="room-end"
          onClick={props.onEnd}
          disabled={props.ending}
          className={buttonClass("danger", "md")}
        >
          {t("interview.end")}
        </button>
      </div>
    </section>
  );
}
