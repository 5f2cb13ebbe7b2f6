import { type Difficulty, difficultySchema } from "@studio/protocol";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { listProblems } from "../api/coding-api";
import { queryKeys } from "../api/query-keys";
import { buttonClass } from "../components/button-styles";
import { DifficultyFilter } from "../components/coding/difficulty-filter";
import { ProblemList } from "../components/coding/problem-list";
import { SessionNotice } from "../components/coding/session-notice";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { Spinner } from "../components/spinner";
import { useProgress } from "../hooks/use-progress";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";

/** The coding problems, grouped and filterable by difficulty. */
export function CodingPage() {
  const { t } = useTranslation();
  const lang = currentUiLanguage();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get("session") ?? undefined;
  const parsed = difficultySchema.safeParse(params.get("difficulty"));
  const difficulty = parsed.success ? parsed.data : null;
  const problems = useQuery({
    queryKey: queryKeys.codingProblems(lang),
    queryFn: () => listProblems(lang),
    placeholderData: keepPreviousData,
  });
  const progress = useProgress();

  const setDifficulty = (next: Difficulty | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set("difficulty", next);
        else updated.delete("difficulty");
        return updated;
      },
      { replace: true },
    );

  return (
    <div className="space-y-6">
      <PageHeader title={t("coding.title")} description={t("coding.subtitle")} />
      {sessionId && <SessionNotice sessionId={sessionId} />}
      {problems.isPending ? (
        <Spinner label={t("common.loading")} />
      ) : problems.isError ? (
        <ErrorAlert
          action={
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              onClick={() => void problems.refetch()}
            >
              {t("common.retry")}
            </button>
          }
        >
          {errorMessage(t, problems.error)}
        </ErrorAlert>
      ) : (
        <>
          <DifficultyFilter value={difficulty} onChange={setDifficulty} problems={problems.data} />
          <ProblemList
            problems={problems.data}
            difficulty={difficulty}
            sessionId={sessionId}
            marks={progress.data?.coding}
          />
        </>
      )}
    </div>
  );
}
