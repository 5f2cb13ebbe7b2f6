import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { isApiError } from "../api/api-error";
import { getProblem } from "../api/coding-api";
import { queryKeys } from "../api/query-keys";
import { codingListPath } from "../coding/coding-paths";
import { buttonClass } from "../components/button-styles";
import { ProblemWorkspace } from "../components/coding/problem-workspace";
import { SessionNotice } from "../components/coding/session-notice";
import { ErrorAlert } from "../components/error-alert";
import { Spinner } from "../components/spinner";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";
import { NotFoundPage } from "./not-found-page";

/** Solving one problem: statement, editor, sample runs and submission. */
export function CodingProblemPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? undefined;
  const lang = currentUiLanguage();
  const problem = useQuery({
    queryKey: queryKeys.codingProblem(id, lang),
    queryFn: () => getProblem(id, lang),
    // Switching the UI language keeps the page (and the editor) while the translated statement loads.
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
  });

  if (problem.isError && isApiError(problem.error, 404)) return <NotFoundPage />;

  return (
    <div className="space-y-4">
      <Link
        to={codingListPath(sessionId)}
        className="inline-block text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        ← {t("coding.backToList")}
      </Link>
      {sessionId && <SessionNotice sessionId={sessionId} />}
      {problem.isPending ? (
        <Spinner label={t("common.loading")} />
      ) : problem.isError ? (
        <ErrorAlert
          action={
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              onClick={() => void problem.refetch()}
            >
              {t("common.retry")}
            </button>
          }
        >
          {errorMessage(t, problem.error)}
        </ErrorAlert>
      ) : (
        <ProblemWorkspace key={problem.data.id} problem={problem.data} sessionId={sessionId} />
      )}
    </div>
  );
}
