import type { AnalyzeResult } from "@studio/protocol";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { queryKeys } from "../api/query-keys";
import { getSession } from "../api/sessions-api";
import { analyzeDiagram, getWhiteboardProblem, getWhiteboardStatus } from "../api/whiteboard-api";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { Spinner } from "../components/spinner";
import { AnalysisPanel } from "../components/whiteboard/analysis-panel";
import { ComponentPalette } from "../components/whiteboard/component-palette";
import { ProblemBrief } from "../components/whiteboard/problem-brief";
import { RoundTimer } from "../components/whiteboard/round-timer";
import { type CanvasHandle, WhiteboardCanvas } from "../components/whiteboard/whiteboard-canvas";
import { useDesignRound, useSavedBoard } from "../hooks/use-design-round";
import { useDraftAutosave } from "../hooks/use-draft-autosave";
import { useMe } from "../hooks/use-me";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";
import { diagramPng } from "../whiteboard/diagram-png";
import { whiteboardListPath } from "../whiteboard/whiteboard-paths";

/** One design round: the brief, the canvas with its palette, autosave, analysis with highlighted findings. */
export function WhiteboardProblemPage() {
  const { t } = useTranslation();
  const lang = currentUiLanguage();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? undefined;
  const canvas = useRef<CanvasHandle | null>(null);
  const [result, setResult] = useState<AnalyzeResult | null>(null);
  const problem = useQuery({
    queryKey: queryKeys.whiteboardProblem(id, lang),
    queryFn: () => getWhiteboardProblem(id, lang),
  });
  const status = useQuery({ queryKey: queryKeys.whiteboardStatus, queryFn: getWhiteboardStatus });
  // In an interview: the room to go back to (voice and video rooms, or the text page).
  const session = useQuery({
    queryKey: queryKeys.session(sessionId ?? ""),
    queryFn: () => getSession(sessionId ?? ""),
    enabled: sessionId !== undefined,
  });
  const userId = useMe().data?.id;
  const { round, deadlineMs, closedOnArrival } = useDesignRound(sessionId, problem.data?.timeLimitMinutes);
  const roundOver = sessionId === undefined ? false : round.data ? closedOnArrival : undefined;
  const saved = useSavedBoard(userId, id, sessionId, roundOver);
  const [timeUp, setTimeUp] = useState(false);
  const locked = timeUp && sessionId !== undefined;
  const read = useCallback(() => canvas.current?.elements() ?? null, []);
  const autosave = useDraftAutosave(userId ?? "", id, sessionId, read, !locked && !closedOnArrival);
  const vision = status.data?.enabled === true;
  const analyze = useMutation({
    mutationFn: async () => {
      const elements = [...(canvas.current?.elements() ?? [])];
      // Only a vision reviewer looks at the picture; otherwise it is not worth the upload.
      const image = vision ? await diagramPng(elements).catch(() => undefined) : undefined;
      return analyzeDiagram({
        scene: { type: "excalidraw", elements },
        problemId: id,
        language: lang,
        ...(sessionId ? { sessionId } : {}),
        ...(image ? { image } : {}),
      });
    },
    onSuccess: (data) => {
      setResult(data);
      canvas.current?.highlight(data.weaknesses.flatMap((w) => w.components));
    },
  });

  // When an interview round's time is up on this page, the design is analysed as it stands, once; a round
  // already over when the page opened keeps its last autosaved board as it is.
  const analyzeNow = analyze.mutate;
  useEffect(() => {
    if (timeUp && sessionId && !closedOnArrival) analyzeNow();
  }, [timeUp, sessionId, closedOnArrival, analyzeNow]);

  if (problem.isError) return <ErrorAlert>{errorMessage(t, problem.error)}</ErrorAlert>;
  if (round.isError) return <ErrorAlert>{errorMessage(t, round.error)}</ErrorAlert>;
  if (problem.isPending || saved.isPending || deadlineMs === undefined)
    return <Spinner label={t("common.loading")} />;
  const saveText =
    autosave.state.status === "saving"
      ? t("whiteboard.saving")
      : autosave.state.status === "failed"
        ? t("whiteboard.saveFailed")
        : autosave.state.at
          ? t("whiteboard.saved", { time: autosave.state.at.toLocaleTimeString(lang) })
          : "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link
          to={whiteboardListPath(sessionId)}
          className="text-sm font-medium text-slate-600 hover:text-slate-900"
        >
          ← {t("whiteboard.backToList")}
        </Link>
        <RoundTimer deadlineMs={deadlineMs} onExpire={() => setTimeUp(true)} />
      </div>
      <PageHeader title={problem.data.title} />
      <ProblemBrief problem={problem.data} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {locked ? (
          <span />
        ) : (
          <ComponentPalette onInsert={(item, label) => canvas.current?.insert(item, label)} />
        )}
        <div className="flex items-center gap-3">
          <span
            className="text-xs text-slate-500"
            data-testid="whiteboard-save-state"
            data-status={autosave.state.status}
          >
            {saveText}
          </span>
          <button
            type="button"
            className={buttonClass("primary", "sm")}
            data-testid="whiteboard-analyze"
            disabled={analyze.isPending || locked}
            onClick={() => analyze.mutate()}
          >
            {analyze.isPending ? t("whiteboard.analyzing") : t("whiteboard.analyze")}
          </button>
          {sessionId && (
            <Link
              // Back to where the interview is taken: the voice or video room, or the text page.
              to={`/interview/${encodeURIComponent(sessionId)}${session.data && session.data.mode !== "text" ? "/room" : ""}`}
              className={buttonClass("secondary", "sm")}
              data-testid="whiteboard-finish"
            >
              {t("whiteboard.finish")}
            </Link>
          )}
        </div>
      </div>
      {!locked && (
        <p className="text-xs text-slate-500">
          {t("whiteboard.paletteHint")} {vision && t("whiteboard.visionOn")}
        </p>
      )}
      {locked && (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900"
          data-testid="whiteboard-time-up"
          role="status"
        >
          {t("whiteboard.timeUpKept")}
          {analyze.isSuccess && ` ${t("whiteboard.timeUpReviewed")}`}
        </p>
      )}
      {analyze.isError && <ErrorAlert>{errorMessage(t, analyze.error)}</ErrorAlert>}
      <div className="grid gap-4 lg:grid-cols-[1fr_360px]">
        <WhiteboardCanvas
          initialElements={saved.data ?? []}
          language={lang}
          onReady={(handle) => {
            canvas.current = handle;
          }}
          onChange={autosave.markChanged}
          readOnly={locked}
        />
        <aside className="max-h-[560px] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4">
          <AnalysisPanel result={result} onShow={(ids) => canvas.current?.highlight(ids, true)} />
        </aside>
      </div>
    </div>
  );
}
