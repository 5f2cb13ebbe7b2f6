import type { ResumeDetail, ResumePatchBody } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { patchResume, resumeQueryKey } from "../../api/resumes-api";
import { ErrorAlert } from "../error-alert";
import { EditableChips } from "./editable-chips";
import { ProjectList } from "./project-list";
import { resumeErrorText } from "./resume-error-text";

type Field = "skills" | "companies";

/**
 * What was read from the resume, for the candidate to confirm and correct before the interview builds
 * on it: remove a wrong chip, add a missed skill or company, correct, add or delete a project with its
 * period, company, role, technologies and results. Each change is saved at once.
 */
export function ResumeFacts({ resume }: { resume: ResumeDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: ResumePatchBody) => patchResume(resume.id, body),
    onSuccess: (updated) => queryClient.setQueryData(resumeQueryKey(resume.id), updated),
  });
  const fields: { field: Field; words: string[]; empty: string; tone: string }[] = [
    {
      field: "skills",
      words: resume.skills,
      empty: t("resume.noSkills"),
      tone: "bg-brand-50 text-brand-800 ring-1 ring-brand-100",
    },
    {
      field: "companies",
      words: resume.companies ?? [],
      empty: t("resume.noCompanies"),
      tone: "bg-amber-50 text-amber-900 ring-1 ring-amber-100",
    },
  ];
  return (
    <div className="space-y-4">
      {fields.map(({ field, words, empty, tone }) => (
        <EditableChips
          key={field}
          title={t(`resume.${field}`)}
          words={words}
          empty={empty}
          tone={tone}
          testId={`resume-${field}`}
          disabled={save.isPending}
          onChange={(next) => save.mutate({ [field]: next })}
        />
      ))}
      <ProjectList
        projects={resume.projects}
        disabled={save.isPending}
        onChange={(projects) => save.mutate({ projects })}
      />
      {save.isError && <ErrorAlert>{resumeErrorText(t, save.error)}</ErrorAlert>}
    </div>
  );
}
