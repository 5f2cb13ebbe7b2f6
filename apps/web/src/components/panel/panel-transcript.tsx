import type { PanelParticipant, PanelUtterance } from "@studio/protocol";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { speakerColor } from "./speaker-colors";

interface Props {
  transcript: PanelUtterance[];
  participants: PanelParticipant[];
  /** Interviewers may correct who said an utterance. */
  onCorrect?: (utteranceId: string, speakerId: string) => void;
}

/** The live transcript, each line coloured by its speaker. */
export function PanelTranscript({ transcript, participants, onCorrect }: Props) {
  const { t } = useTranslation();
  const end = useRef<HTMLLIElement>(null);
  // A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when a line arrives
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: "nearest" });
  }, [transcript.length]);
  const speakers = participants.filter((p) => p.role !== "observer");
  if (transcript.length === 0) return <p className="text-sm text-slate-500">{t("panel.noTranscript")}</p>;
  return (
    <ol className="flex max-h-[28rem] flex-col gap-2 overflow-y-auto pr-1" data-testid="panel-transcript">
      {transcript.map((u) => (
        <li
          key={u.id}
          className={`rounded-lg border-l-4 px-3 py-2 text-sm ${speakerColor(participants, u.speakerId)}`}
          data-speaker={u.speaker}
        >
          <div className="mb-0.5 flex items-center justify-between gap-2 text-xs font-semibold">
            <span>{u.speaker}</span>
            {onCorrect && (
              <select
                aria-label={t("panel.correct")}
                className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs font-normal print:hidden"
                value={u.speakerId}
                onChange={(e) => onCorrect(u.id, e.target.value)}
              >
                {speakers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </div>
          <p className="whitespace-pre-wrap">{u.text}</p>
        </li>
      ))}
      <li ref={end} aria-hidden />
    </ol>
  );
}
