import { type EmotionsReport, emotionsReportSchema } from "@studio/protocol";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getExpressions } from "../../api/expressions-api";
import { EmotionsTimeline } from "./emotions-timeline";
import { ReportSection } from "./report-section";

interface ReportEmotionsProps {
  sessionId: string;
  emotions: unknown;
  /** Question ids in the order they were asked. */
  questionIds: string[];
}

/** The report's `emotions` section: observed presence, gaze and expression for practice, never a score. */
export function ReportEmotions({ sessionId, emotions, questionIds }: ReportEmotionsProps) {
  const parsed = emotionsReportSchema.safeParse(emotions);
  if (!parsed.success) return null;
  return <EmotionsBody sessionId={sessionId} emotions={parsed.data} questionIds={questionIds} />;
}

function EmotionsBody({
  sessionId,
  emotions,
  questionIds,
}: {
  sessionId: string;
  emotions: EmotionsReport;
  questionIds: string[];
}) {
  const { t } = useTranslation();
  const samples = useQuery({
    queryKey: ["expressions", sessionId],
    queryFn: () => getExpressions(sessionId),
  });
  const { overall, highlights, suggestions } = emotions;
  const numbers = new Map(questionIds.map((id, i) => [id, i + 1]));
  // The server numbers every question the camera saw as asked (a follow-up never answered included).
  for (const q of emotions.perQuestion) if (q.questionNumber) numbers.set(q.questionId, q.questionNumber);
  for (const h of highlights) numbers.set(h.questionId, h.questionNumber);
  const movement = overall.headMovement;
  const figures = [
    {
      label: t("expressions.report.lookingAway"),
      value: `${Math.round(overall.lookingAwayShare * 100)}%`,
      id: "looking-away",
    },
    {
      label: t("expressions.report.lookingDown"),
      value: `${Math.round((overall.lookingDownShare ?? 0) * 100)}%`,
      id: "looking-down",
    },
    {
      label: t("expressions.report.headMovement"),
      value: movement ? t(`expressions.report.movement.${movement.level}`) : "–",
      id: "head-movement",
    },
    {
      label: t("expressions.report.faceMissing"),
      value: t("expressions.report.seconds", { value: Math.round(overall.faceMissingMs / 1000) }),
      id: "face-missing",
    },
    {
      label: t("expressions.report.dominant"),
      value: overall.dominant ? t(`expressions.emotion.${overall.dominant}`) : "–",
      id: "dominant",
    },
  ];
  return (
    <ReportSection title={t("expressions.report.title")} testId="report-emotions">
      <p className="-mt-2 mb-4 text-sm text-slate-500">{t("expressions.report.subtitle")}</p>
      <dl className="mb-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((f) => (
          <div key={f.id} className="rounded-xl bg-slate-50 p-3" data-testid={`emotions-${f.id}`}>
            <dt className="text-xs text-slate-500">{f.label}</dt>
            <dd className="mt-1 text-lg font-bold text-slate-900">{f.value}</dd>
          </div>
        ))}
      </dl>
      {movement && (
        <p
          className="mb-5 text-sm text-slate-600"
          data-testid="emotions-movement-line"
          data-level={movement.level}
        >
          {t(`expressions.report.movementLine.${movement.level}`, {
            deg: Math.round(movement.meanDegPerSecond),
            large: Math.round(movement.largeMovementShare * 100),
          })}
        </p>
      )}
      {samples.data && samples.data.samples.length > 0 && (
        <EmotionsTimeline samples={samples.data.samples} numbers={numbers} />
      )}
      <div className="mt-5 grid gap-5 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("expressions.report.highlights")}</h3>
          {highlights.length > 0 ? (
            <ul className="space-y-1.5 text-sm text-slate-700" data-testid="emotions-highlights">
              {highlights.map((h) => (
                <li key={`${h.questionId}-${h.kind}`} data-kind={h.kind} className="flex gap-2">
                  <span
                    aria-hidden="true"
                    className={`mt-1.5 size-2 shrink-0 rounded-full ${h.kind === "bright" ? "bg-amber-400" : "bg-slate-400"}`}
                  />
                  {h.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{t("expressions.report.noHighlights")}</p>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("expressions.report.suggestions")}</h3>
          <ul
            className="list-disc space-y-1.5 pl-5 text-sm text-slate-700"
            data-testid="emotions-suggestions"
          >
            {suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      </div>
    </ReportSection>
  );
}
