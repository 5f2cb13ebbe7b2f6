import type { ResumeDetail } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const MAX_CHIPS = 15;

function Chips({
  words,
  tone,
  empty,
  testId,
}: {
  words: string[];
  tone: string;
  empty: string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (words.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  const hidden = words.length - MAX_CHIPS;
  return (
    <ul className="flex flex-wrap gap-2" data-testid={testId}>
      {words.slice(0, MAX_CHIPS).map((word) => (
        <li key={word} className={`rounded-full px-3 py-1 text-sm font-medium ${tone}`}>
          {word}
        </li>
      ))}
      {hidden > 0 && (
        <li className="rounded-full px-3 py-1 text-sm text-slate-500">
          {t("resume.more", { count: hidden })}
        </li>
      )}
    </ul>
  );
}

/** What was read from the resume, for the candidate to confirm before the interview builds on it. */
export function ResumeFacts({ resume }: { resume: ResumeDetail }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-700">{t("resume.skills")}</h3>
        <Chips
          words={resume.skills}
          tone="bg-brand-50 text-brand-800 ring-1 ring-brand-100"
          empty={t("resume.noSkills")}
          testId="resume-skills"
        />
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-700">{t("resume.projects")}</h3>
        <Chips
          words={[...new Set(resume.projects.map((project) => project.name))]}
          tone="bg-slate-100 text-slate-700"
          empty={t("resume.noProjects")}
          testId="resume-projects"
        />
      </div>
    </div>
  );
}
