import type { SubmissionSummary } from "@studio/protocol";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { deleteSubmission, listSubmissions } from "../../api/account-api";
import { formatDateTime } from "../../format-time";
import { buttonClass } from "../button-styles";

/** The verdict, or what became of a submission without one (a lost one is to be submitted again). */
function useVerdictText() {
  const { t } = useTranslation();
  return (s: SubmissionSummary) => {
    if (s.status === "failed") return t("account.data.submissionLost");
    if (s.status === "pending") return t("account.data.submissionPending");
    return s.verdict;
  };
}

/** The candidate's coding submissions, each deletable (those made outside an interview included). */
export function SubmissionList() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const verdictText = useVerdictText();
  const submissions = useQuery({ queryKey: ["submissions"], queryFn: listSubmissions });
  const remove = useMutation({
    mutationFn: deleteSubmission,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["submissions"] }),
  });
  if (!submissions.data) return null;
  if (submissions.data.length === 0)
    return <p className="text-sm text-slate-500">{t("account.data.noSubmissions")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="submission-list">
      {submissions.data.map((s) => (
        <li key={s.id} className="flex items-center gap-3 py-2 text-sm">
          <span className="flex-1 text-slate-700">
            {s.problemId} · {s.language} · {verdictText(s)} ·{" "}
            <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, i18n.language)}</time>
          </span>
          <button
            type="button"
            className={buttonClass("ghost", "sm")}
            onClick={() => remove.mutate(s.id)}
            disabled={remove.isPending}
          >
            {t("account.data.deleteSubmission")}
          </button>
        </li>
      ))}
    </ul>
  );
}
