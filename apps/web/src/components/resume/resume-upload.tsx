import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteResume, listResumes } from "../../api/resumes-api";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";
import { Spinner } from "../spinner";
import { ResumeDropzone } from "./resume-dropzone";
import { resumeErrorText } from "./resume-error-text";
import { ResumeFacts } from "./resume-facts";
import { useResumeUpload } from "./use-resume-upload";

interface ResumeUploadProps {
  /** The resume the interview will use, shown as selected. */
  selectedId: string | null;
  /** The confirmed resume's id, or null when the candidate goes on without one. */
  onReady: (resumeId: string | null) => void;
}

/**
 * The optional resume step before an interview: drop or pick a PDF, watch it upload and get read,
 * confirm the skills and projects found in it (or delete it), or skip the step.
 */
export function ResumeUpload({ selectedId, onReady }: ResumeUploadProps) {
  const { t } = useTranslation();
  const { view, start, reset, adopt, resumeId } = useResumeUpload();
  const removal = useMutation({ mutationFn: deleteResume, onSuccess: reset });
  // The newest resume read on an earlier visit is taken up again, until the candidate picks otherwise.
  const earlier = useQuery({ queryKey: ["resumes"], queryFn: listResumes });
  const [remembered, setRemembered] = useState<"pending" | "adopted" | "declined">("pending");
  useEffect(() => {
    if (remembered !== "pending" || !earlier.data || view.phase !== "idle") return;
    const newest = earlier.data.find((resume) => resume.status === "ready");
    if (newest) adopt(newest.id);
    setRemembered(newest ? "adopted" : "declined");
  }, [remembered, earlier.data, view.phase, adopt]);
  const startOver = () => {
    setRemembered("declined");
    reset();
  };
  // A resume read without error is selected at once; "no resume" below undoes it.
  useEffect(() => {
    if (view.phase === "ready" && resumeId) onReady(resumeId);
  }, [view.phase, resumeId, onReady]);

  return (
    <section
      className="card space-y-5 p-5 sm:p-6"
      aria-labelledby="resume-heading"
      data-testid="resume-upload"
    >
      <div className="space-y-1">
        <h2 id="resume-heading" className="font-semibold text-slate-900">
          {t("resume.title")}{" "}
          <span className="text-sm font-normal text-slate-500">({t("common.optional")})</span>
        </h2>
        <p className="text-sm leading-6 text-slate-600">{t("resume.subtitle")}</p>
      </div>

      {(view.phase === "idle" || view.phase === "error") && <ResumeDropzone onFile={start} />}
      {view.phase === "error" && (
        <ErrorAlert>
          <span data-testid="resume-error">{resumeErrorText(t, view.error)}</span>
        </ErrorAlert>
      )}

      {view.phase === "uploading" && !view.sent && (
        <div className="space-y-2" data-testid="resume-uploading">
          <p className="text-sm text-slate-700">
            {t("resume.uploading", { name: view.fileName, percent: Math.round(view.fraction * 100) })}
          </p>
          <div
            role="progressbar"
            aria-label={t("resume.uploadProgress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(view.fraction * 100)}
            className="h-2.5 overflow-hidden rounded-full bg-slate-100"
          >
            <span
              className="block h-full rounded-full bg-brand-600 transition-[width]"
              style={{ width: `${view.fraction * 100}%` }}
            />
          </div>
        </div>
      )}
      {((view.phase === "uploading" && view.sent) || view.phase === "indexing") && (
        <Spinner label={t("resume.indexing")} className="py-6" />
      )}

      {view.phase === "ready" && (
        <div className="space-y-4" data-testid="resume-ready">
          <div className="rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
            <p className="font-semibold">
              {t(remembered === "adopted" ? "resume.remembered" : "resume.ready", {
                name: view.resume.fileName ?? "",
              })}
            </p>
            <p className="mt-0.5">
              {t("resume.summary", { count: view.resume.pages ?? 0, chunks: view.resume.chunks ?? 0 })}
            </p>
          </div>
          <p className="text-sm text-slate-600">{t("resume.confirmHint")}</p>
          <ResumeFacts resume={view.resume} />
          {removal.isError && <ErrorAlert>{resumeErrorText(t, removal.error)}</ErrorAlert>}
        </div>
      )}

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-5">
        <button
          type="button"
          className={buttonClass("ghost", "md")}
          onClick={() => {
            startOver();
            onReady(null);
          }}
          data-testid="resume-skip"
        >
          {t("resume.skip")}
        </button>
        {view.phase === "ready" && resumeId && (
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass("secondary", "md")}
              onClick={() => {
                startOver();
                onReady(null);
              }}
              data-testid="resume-another"
            >
              {t("resume.another")}
            </button>
            <button
              type="button"
              className={buttonClass("danger", "md")}
              disabled={removal.isPending}
              onClick={() => removal.mutate(resumeId)}
              data-testid="resume-delete"
            >
              {removal.isPending ? t("resume.deleting") : t("resume.delete")}
            </button>
            <button
              type="button"
              className={buttonClass(selectedId === resumeId ? "secondary" : "primary", "md")}
              disabled={removal.isPending}
              aria-pressed={selectedId === resumeId}
              onClick={() => onReady(resumeId)}
              data-testid="resume-use"
            >
              {selectedId === resumeId ? `✓ ${t("resume.selected")}` : t("resume.use")}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
