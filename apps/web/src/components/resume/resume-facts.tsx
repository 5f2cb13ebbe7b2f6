import type { ResumeDetail, ResumePatchBody } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { patchResume, resumeQueryKey } from "../../api/resumes-api";
import { ErrorAlert } from "../error-alert";
import { EditableChips } from "./editable-chips";
import { resumeErrorText } from "./resume-error-text";

type Field = "skills" | "companies" | "projects";

/** The list as the PATCH body wants it: project corrections keep what was read about each project. */
function patchOf(resume: ResumeDetail, field: Field, words: string[]): ResumePatchBody {
  if (field !== "projects") return { [field]: words };
  const projects = words.map((name) => {
    const known = resume.projects.find((project) => project.name === name);
    return known
      ? {
          name,
          period: known.period,
          company: known.company,
          role: known.role,
          technologies: known.technologies,
          results: known.results,
        }
      : { name, technologies: [], results: [] };
  });
  return { projects };
}

/**
 * What was read from the resume, for the candidate to confirm and correct before the interview builds
 * on it: remove a wrong chip, add a missed skill, company or project. Each change is saved at once.
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
      field: "projects",
      words: [...new Set(resume.projects.map((project) => project.name))],
      empty: t("resume.noProjects"),
      tone: "bg-slate-100 text-slate-700",
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
          onChange={(next) => save.mutate(patchOf(resume, field, next))}
        />
      ))}
      {save.isError && <ErrorAlert>{resumeErrorText(t, save.error)}</ErrorAlert>}
    </div>
  );
}
