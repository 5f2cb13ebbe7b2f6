import type { ExpressionSample } from "@studio/protocol";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ToggleSwitch } from "../components/toggle-switch";
import { useExpressionAnalysis } from "./use-expression-analysis";

interface ExpressionOverlayProps {
  sessionId: string;
  stream: MediaStream | null;
  questionId: string | undefined;
  send: (sample: ExpressionSample) => boolean;
}

/** Opt-in is per interview: off until the candidate turns it on here, remembered for this session only. */
const optInKey = (sessionId: string) => `studio.expressions.${sessionId}`;

const DOT: Record<string, string> = {
  starting: "bg-slate-300",
  ok: "bg-emerald-400",
  no_face: "bg-slate-400",
  looking_away: "bg-amber-400",
  looking_down: "bg-sky-400",
  off_centre: "bg-amber-300",
  too_far: "bg-amber-300",
  failed: "bg-slate-300",
};

/** The analysis switch and a calm presence line ("you're looking at the camera"), never emotion labels. */
export function ExpressionOverlay({ sessionId, stream, questionId, send }: ExpressionOverlayProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const hintId = useId();
  const [enabled, setEnabled] = useState(() => localStorage.getItem(optInKey(sessionId)) === "on");
  const analysis = useExpressionAnalysis({ sessionId, stream, enabled, questionId, send });
  const toggle = (on: boolean) => {
    localStorage.setItem(optInKey(sessionId), on ? "on" : "off");
    setEnabled(on);
  };
  if (!stream) return null;
  return (
    <div className="flex flex-col items-end gap-1.5">
      <div className="flex items-center gap-2 rounded-full bg-white/85 py-1 pr-1 pl-3 shadow-sm ring-1 ring-slate-200 backdrop-blur">
        <span id={labelId} className="text-xs font-semibold text-slate-700">
          {t("expressions.toggle")}
        </span>
        <span id={hintId} className="sr-only">
          {t("expressions.toggleHint")}
        </span>
        <ToggleSwitch
          id={`${labelId}-switch`}
          checked={enabled}
          onChange={toggle}
          labelledBy={labelId}
          describedBy={hintId}
          testId="expression-toggle"
        />
      </div>
      {enabled && (
        <output
          data-testid="presence-indicator"
          data-presence={analysis.presence}
          data-samples={analysis.samples}
          data-backend={analysis.backend ?? ""}
          data-analysis-ms={analysis.averageMs ?? ""}
          aria-live="polite"
          className="inline-flex items-center gap-1.5 rounded-full bg-slate-900/70 px-2.5 py-1 text-xs font-medium text-white backdrop-blur"
        >
          <span aria-hidden="true" className={`size-2 rounded-full ${DOT[analysis.presence]}`} />
          {t(`expressions.presence.${analysis.presence}`)}
        </output>
      )}
    </div>
  );
}
