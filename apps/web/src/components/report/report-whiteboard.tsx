import "../../whiteboard/excalidraw-asset-path";
import { exportToCanvas } from "@excalidraw/excalidraw";
import type { WhiteboardReport } from "@studio/protocol";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ReportSection } from "./report-section";

type Board = WhiteboardReport["boards"][number];

/** The diagram drawn again as an image from its stored elements. */
function BoardImage({ board }: { board: Board }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    // biome-ignore lint/suspicious/noExplicitAny: stored elements are Excalidraw's own JSON
    const elements = board.scene.elements as any;
    // A canvas draws with the fonts the page already loaded; an SVG export would subset and inline them,
    // which needs eval, and the CSP forbids it.
    void exportToCanvas({
      elements,
      appState: { exportBackground: true, viewBackgroundColor: "#ffffff" },
      files: null,
      maxWidthOrHeight: 1600,
    })
      .then((canvas: HTMLCanvasElement) => {
        if (cancelled || !holder.current) return;
        const image = document.createElement("img");
        image.src = canvas.toDataURL("image/png");
        image.alt = board.title;
        image.className = "mx-auto max-h-96 w-auto";
        holder.current.replaceChildren(image);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [board]);
  return (
    <div
      ref={holder}
      className="max-h-96 overflow-hidden rounded-md border border-slate-100"
      data-testid="report-whiteboard-image"
    />
  );
}

/** The system-design round: each board's diagram, scores and findings. */
export function ReportWhiteboard({
  whiteboard,
  minutes = null,
}: {
  whiteboard: WhiteboardReport;
  /** The interview's system-design round limit, when it was set up with one. */
  minutes?: number | null;
}) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t("whiteboard.reportTitle")} testId="report-whiteboard">
      <div className="space-y-6">
        {minutes !== null && (
          <p className="text-xs text-slate-500" data-testid="report-whiteboard-round">
            {t("setup.systemDesignReport", { minutes })}
          </p>
        )}
        {whiteboard.boards.map((board) => (
          <div key={board.problemId ?? "free"} className="space-y-3">
            <p className="font-medium text-slate-900">{board.title}</p>
            <p className="text-sm text-slate-600" data-testid="report-whiteboard-scores">
              {t("whiteboard.reportScores", board.scores)} ·{" "}
              {t("whiteboard.reportCounts", {
                components: board.componentCount,
                connections: board.connectionCount,
              })}
            </p>
            <BoardImage board={board} />
            {board.narrative && <p className="text-sm leading-6 text-slate-700">{board.narrative}</p>}
            <div className="grid gap-3 md:grid-cols-3 text-sm">
              {(["strengths", "weaknesses", "suggestions"] as const).map((key) => (
                <div key={key}>
                  <h3 className="font-semibold text-slate-800">{t(`whiteboard.${key}`)}</h3>
                  <ul className="mt-1 list-disc pl-4 text-slate-700">
                    {board[key].map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </ReportSection>
  );
}
