import type { AnalyzeResult, Finding, ScoreCategory } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const CATEGORIES: readonly ScoreCategory[] = ["structure", "scalability", "security", "dataFlow"];

function FindingList({
  title,
  items,
  tone,
  onShow,
}: {
  title: string;
  items: Finding[];
  tone: string;
  onShow: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section>
      <h3 className="mb-1 text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="space-y-1">
        {items.map((f) => (
          <li key={`${f.code}-${f.text}`}>
            <button
              type="button"
              data-testid="whiteboard-finding"
              data-components={f.components.join(" ")}
              onClick={() => onShow(f.components)}
              className={`w-full rounded-md px-2 py-1.5 text-left text-sm ${tone} hover:ring-1 hover:ring-slate-300`}
            >
              {f.source === "llm" && (
                <span
                  className="mr-1.5 rounded bg-indigo-100 px-1 py-0.5 text-[10px] font-semibold text-indigo-800"
                  data-testid="whiteboard-finding-ai"
                >
                  {t("whiteboard.aiBadge")}
                </span>
              )}
              {f.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Scores and findings; choosing a finding highlights its components on the canvas. */
export function AnalysisPanel({
  result,
  onShow,
}: {
  result: AnalyzeResult | null;
  onShow: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  if (!result) return <p className="text-sm text-slate-500">{t("whiteboard.empty")}</p>;
  return (
    <div className="space-y-4" data-testid="whiteboard-analysis">
      <div className="grid grid-cols-2 gap-2">
        {CATEGORIES.map((c) => (
          <div key={c} className="rounded-md bg-slate-50 px-3 py-2" data-testid={`whiteboard-score-${c}`}>
            <p className="text-xs text-slate-500">{t(`whiteboard.scores.${c}`)}</p>
            <p className="text-lg font-semibold text-slate-900">{result.scores[c]} / 5</p>
          </div>
        ))}
      </div>
      <p className="text-xs text-slate-500">
        {t("whiteboard.components", {
          count: result.components.length,
          connections: result.connections.length,
        })}
      </p>
      {result.narrative && (
        <section data-testid="whiteboard-narrative">
          <h3 className="mb-1 text-sm font-semibold text-slate-800">{t("whiteboard.narrative")}</h3>
          <p className="text-sm leading-6 text-slate-700">{result.narrative}</p>
        </section>
      )}
      <FindingList
        title={t("whiteboard.weaknesses")}
        items={result.weaknesses}
        tone="bg-rose-50 text-rose-900"
        onShow={onShow}
      />
      <FindingList
        title={t("whiteboard.strengths")}
        items={result.strengths}
        tone="bg-emerald-50 text-emerald-900"
        onShow={onShow}
      />
      <FindingList
        title={t("whiteboard.suggestions")}
        items={result.suggestions}
        tone="bg-amber-50 text-amber-900"
        onShow={onShow}
      />
      {result.followUps.length > 0 && (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">{t("whiteboard.followUps")}</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="whiteboard-followups">
            {result.followUps.map((q) => (
              <li key={q.question}>{q.question}</li>
            ))}
          </ul>
        </section>
      )}
      {result.unread.length > 0 && (
        <section>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">{t("whiteboard.unread")}</h3>
          <ul className="list-disc pl-5 text-xs text-slate-500">
            {result.unread.map((u) => (
              <li key={`${u.elementId ?? ""}-${u.reason}`}>{u.reason}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
