import { type ResumeProject, resumeProjectPatchSchema } from "@studio/protocol";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { buttonClass } from "../button-styles";
import { FormField, inputClass } from "../form-field";

export type ProjectPatch = z.infer<typeof resumeProjectPatchSchema>;

/** The editable text of a project: technologies comma-separated, one result per line. */
interface Draft {
  name: string;
  period: string;
  company: string;
  role: string;
  technologies: string;
  results: string;
}

const draftOf = (project: Partial<ResumeProject> | null): Draft => ({
  name: project?.name ?? "",
  period: project?.period ?? "",
  company: project?.company ?? "",
  role: project?.role ?? "",
  technologies: (project?.technologies ?? []).join(", "),
  results: (project?.results ?? []).join("\n"),
});

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** The draft as the PATCH body's project; empty optional fields are left out. */
function patchOf(draft: Draft, from: string | undefined) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return resumeProjectPatchSchema.safeParse({
    name: draft.name,
    period: optional(draft.period),
    company: optional(draft.company),
    role: optional(draft.role),
    technologies: [...new Set(list(draft.technologies, /[,，、]/))],
    results: list(draft.results, /\n/),
    ...(from ? { from } : {}),
  });
}

type Hint = "resume.project.periodHint" | "resume.project.technologiesHint" | "resume.project.resultsHint";

/** The form's fields in order: their length limits, their hints, and the wide ones. */
const FIELDS: Array<{ key: keyof Draft; maxLength: number; hint?: Hint; wide?: boolean; rows?: number }> = [
  { key: "name", maxLength: 120 },
  { key: "period", maxLength: 60, hint: "resume.project.periodHint" },
  { key: "company", maxLength: 120 },
  { key: "role", maxLength: 120 },
  { key: "technologies", maxLength: 2000, hint: "resume.project.technologiesHint", wide: true },
  { key: "results", maxLength: 6000, hint: "resume.project.resultsHint", wide: true, rows: 3 },
];

interface ProjectFormProps {
  /** The project being corrected, or null for a new one. */
  project: ResumeProject | null;
  disabled: boolean;
  onSave: (project: ProjectPatch) => void;
  onCancel: () => void;
}

/** One project's fields: name, period, company, role, technologies and measured results. */
export function ProjectForm({ project, disabled, onSave, onCancel }: ProjectFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(project));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = patchOf(draft, project?.name);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "name");
      setError(t("resume.project.invalid", { field: t(`resume.project.${field}`, { defaultValue: field }) }));
      return;
    }
    setError(null);
    onSave(parsed.data);
  };
  return (
    <form className="grid gap-3 sm:grid-cols-2" onSubmit={submit} data-testid="project-form">
      {FIELDS.map((field) => {
        const props = {
          className: inputClass,
          value: draft[field.key],
          maxLength: field.maxLength,
          onChange: set(field.key),
          "data-testid": `project-${field.key}`,
        };
        return (
          <div key={field.key} className={field.wide ? "sm:col-span-2" : undefined}>
            <FormField
              label={t(`resume.project.${field.key}`)}
              hint={field.hint ? t(field.hint) : undefined}
              error={field.key === "name" ? (error ?? undefined) : undefined}
            >
              {field.rows ? <textarea rows={field.rows} {...props} /> : <input {...props} />}
            </FormField>
          </div>
        );
      })}
      <div className="flex flex-wrap justify-end gap-2 sm:col-span-2">
        <button type="button" className={buttonClass("ghost", "sm")} onClick={onCancel}>
          {t("resume.project.cancel")}
        </button>
        <button
          type="submit"
          className={buttonClass("primary", "sm")}
          disabled={disabled}
          data-testid="project-save"
        >
          {t("resume.project.save")}
        </button>
      </div>
    </form>
  );
}
