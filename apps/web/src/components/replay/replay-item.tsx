import type { Report } from "@studio/protocol";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredRecording } from "../../recording/recording-db";
import { buttonClass } from "../button-styles";
import { DeliveryFigures } from "./delivery-figures";
import { DeliveryTimeline } from "./delivery-timeline";
import { ReplayTranscript } from "./replay-transcript";

export interface ReplaySource {
  local: StoredRecording | undefined;
  serverUrl: string | null;
  /** The media type the server stored, so a video kept there plays as video on any device. */
  serverType: string | null;
}

interface ReplayItemProps {
  question: Report["questions"][number];
  index: number;
  source: ReplaySource;
  onKeep: () => void;
  onForgetServer: () => void;
  onForgetLocal: () => void;
  busy: boolean;
}

/** One question replayed: the recording, its timeline and transcript, and the evaluation beside them. */
export function ReplayItem({
  question,
  index,
  source,
  onKeep,
  onForgetServer,
  onForgetLocal,
  busy,
}: ReplayItemProps) {
  const { t } = useTranslation();
  const media = useRef<HTMLMediaElement | null>(null);
  const [positionMs, setPositionMs] = useState(0);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!source.local) return setUrl(source.serverUrl);
    const objectUrl = URL.createObjectURL(source.local.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [source.local, source.serverUrl]);
  const isVideo = (source.local?.type ?? source.serverType ?? "").startsWith("video/");
  const delivery = question.delivery;
  const lengthMs = delivery?.recordedMs ?? source.local?.durationMs ?? 1;
  const player = {
    ref: (el: HTMLMediaElement | null) => {
      media.current = el;
    },
    src: url ?? undefined,
    controls: true,
    preload: "metadata",
    onTimeUpdate: (e: React.SyntheticEvent<HTMLMediaElement>) =>
      setPositionMs(e.currentTarget.currentTime * 1000),
    "data-testid": "replay-media",
  } as const;
  return (
    <li
      className="grid gap-4 border-t border-slate-100 pt-4 first:border-0 first:pt-0 lg:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]"
      data-testid="replay-item"
      data-question-id={question.questionId}
    >
      <div className="space-y-3">
        <p className="text-sm font-semibold text-slate-900">
          {index + 1}. {question.question}
        </p>
        {url ? (
          isVideo ? (
            <video {...player} className="aspect-video w-full max-w-lg rounded-lg bg-black" />
          ) : (
            <audio {...player} className="w-full" />
          )
        ) : (
          <p className="text-xs text-slate-500" data-testid="no-recording">
            {t("recording.none")}
          </p>
        )}
        {delivery && <DeliveryTimeline delivery={delivery} lengthMs={lengthMs} positionMs={positionMs} />}
        <ReplayTranscript text={question.answer} segments={delivery?.segments} positionMs={positionMs} />
        {delivery && <DeliveryFigures delivery={delivery} />}
        <div className="flex flex-wrap gap-2 text-xs">
          {source.local && !source.serverUrl && (
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              onClick={onKeep}
              disabled={busy}
              data-testid="keep-on-server"
            >
              {t("recording.keepOnServer")}
            </button>
          )}
          {source.serverUrl && (
            <button
              type="button"
              className={buttonClass("ghost", "sm")}
              onClick={onForgetServer}
              disabled={busy}
              data-testid="delete-server-recording"
            >
              {t("recording.deleteServer")}
            </button>
          )}
          {source.local && (
            <button
              type="button"
              className={buttonClass("ghost", "sm")}
              onClick={onForgetLocal}
              disabled={busy}
              data-testid="delete-local-recording"
            >
              {t("recording.deleteLocal")}
            </button>
          )}
        </div>
      </div>
      <aside className="rounded-xl bg-slate-50 p-4 text-sm" data-testid="replay-evaluation">
        <p className="font-semibold text-slate-900">
          {t("recording.evaluation", { total: question.evaluation.total })}
        </p>
        <p className="mt-2 leading-relaxed text-slate-700">{question.evaluation.feedback}</p>
      </aside>
    </li>
  );
}
