import type { ResumeProject } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { ProjectForm, type ProjectPatch } from "./project-form";

/** A project as the PATCH body takes it, unchanged. */
const kept = (project: ResumeProject): ProjectPatch => ({
  name: project.name,
  period: project.period,
  company: project.company,
  role: project.role,
  technologies: project.technologies,
  results: project.results,
});

/** What is known of a project beside its name, on one line: period · company · role. */
function ProjectSummary({ project }: { project: ResumeProject }) {
  const meta = [project.period, project.company, project.role].filter(Boolean).join(" · ");
  return (
    <div className="min-w-0 space-y-1.5">
      <p className="font-medium text-slate-900">{project.name}</p>
      {meta && <p className="text-xs text-slate-600">{meta}</p>}
      {project.technologies.length > 0 && (
        <ul className="flex flex-wrap gap-1.5">
          {project.technologies.map((tool) => (
            <li key={tool} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {tool}
            </li>
          ))}
        </ul>
      )}
      {project.results.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
          {project.results.map((result) => (
            <li key={result}>{result}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ProjectListProps {
  projects: ResumeProject[];
  disabled: boolean;
  /** The whole corrected list; the caller saves it. */
  onChange: (projects: ProjectPatch[]) => void;
}

/**
 * The projects read from the resume, each correctable field by field (name, period, company, role,
 * technologies, results), with a project to add and projects to delete. The interview's questions
 * about the candidate's own work are built from this list.
 */
export function ProjectList({ projects, disabled, onChange }: ProjectListProps) {
  const { t } = useTranslation();
  // The project being edited, by index; `projects.length` is a new one.
  const [editing, setEditing] = useState<number | null>(null);
  const save = (index: number, project: ProjectPatch) => {
    const next = projects.map(kept);
    if (index === projects.length) next.push(project);
    else next[index] = project;
    setEditing(null);
    onChange(next);
  };
  const remove = (index: number) => {
    setEditing(null);
    onChange(projects.map(kept).filter((_, i) => i !== index));
  };
  const form = (index: number) => (
    <ProjectForm
      project={projects[index] ?? null}
      disabled={disabled}
      onSave={(project) => save(index, project)}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <div className="space-y-2" data-testid="resume-projects">
      <h3 className="text-sm font-semibold text-slate-700">{t("resume.projects")}</h3>
      {projects.length === 0 && <p className="text-sm text-slate-500">{t("resume.noProjects")}</p>}
      <ul className="space-y-2">
        {projects.map((project, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the list is saved and replaced whole, and editing is by position
            key={`${project.name}-${index}`}
            className="rounded-xl border border-slate-200 p-3"
            data-testid="resume-project"
          >
            {editing === index ? (
              form(index)
            ) : (
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <ProjectSummary project={project} />
                <div className="flex shrink-0 gap-2">
                  <button
                    type="button"
                    className={buttonClass("secondary", "sm")}
                    disabled={disabled || editing !== null}
                    onClick={() => setEditing(index)}
                    aria-label={t("resume.project.editNamed", { name: project.name })}
                    data-testid="project-edit"
                  >
                    {t("resume.project.edit")}
                  </button>
                  <button
                    type="button"
                    className={buttonClass("danger", "sm")}
                    disabled={disabled || editing !== null}
                    onClick={() => remove(index)}
                    aria-label={t("resume.project.deleteNamed", { name: project.name })}
                    data-testid="project-delete"
                  >
                    {t("resume.project.delete")}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === projects.length ? (
        <div className="rounded-xl border border-brand-200 p-3">{form(projects.length)}</div>
      ) : (
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          disabled={disabled || editing !== null || projects.length >= 60}
          onClick={() => setEditing(projects.length)}
          data-testid="project-add"
        >
          {t("resume.project.add")}
        </button>
      )}
    </div>
  );
}
