import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { queryKeys } from "../api/query-keys";
import { getWhiteboardStatus, listWhiteboardProblems } from "../api/whiteboard-api";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { Spinner } from "../components/spinner";
import { GenerateProblemForm } from "../components/whiteboard/generate-problem-form";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";
import { whiteboardProblemPath } from "../whiteboard/whiteboard-paths";

/** The system-design problems; opened from an interview, the round is saved with it. */
export function WhiteboardPage() {
  const { t } = useTranslation();
  const lang = currentUiLanguage();
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? undefined;
  const problems = useQuery({
    queryKey: queryKeys.whiteboardProblems(lang),
    queryFn: () => listWhiteboardProblems(lang),
  });
  const status = useQuery({ queryKey: queryKeys.whiteboardStatus, queryFn: getWhiteboardStatus });
  // Generation needs an LLM; without one the control is not shown at all.
  const canGenerate = status.data != null && status.data.provider !== "rules";
  return (
    <div className="space-y-6">
      <PageHeader title={t("whiteboard.title")} description={t("whiteboard.subtitle")} />
      {sessionId && (
        <p className="rounded-md bg-indigo-50 px-4 py-3 text-sm text-indigo-900">
          {t("whiteboard.sessionNotice")}
        </p>
      )}
      {canGenerate && <GenerateProblemForm sessionId={sessionId} />}
      {problems.isPending ? (
        <Spinner label={t("common.loading")} />
      ) : problems.isError ? (
        <ErrorAlert>{errorMessage(t, problems.error)}</ErrorAlert>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="whiteboard-problems">
          {problems.data.map((p) => (
            <li key={p.id}>
              <Link
                to={whiteboardProblemPath(p.id, sessionId)}
                data-testid="whiteboard-problem"
                data-problem-id={p.id}
                className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300"
              >
                <p className="font-semibold text-slate-900">{p.title}</p>
                <p className="mt-1 text-sm text-slate-600">{p.summary}</p>
                <p className="mt-2 text-xs text-slate-500">
                  {t(`whiteboard.difficulty.${p.difficulty}`)} ·{" "}
                  {t("whiteboard.minutes", { count: p.timeLimitMinutes })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
