import { useTranslation } from "react-i18next";

const GRADE_STYLES: Record<string, string> = {
  S: "bg-violet-600 text-white ring-violet-200",
  A: "bg-emerald-600 text-white ring-emerald-200",
  B: "bg-sky-600 text-white ring-sky-200",
  C: "bg-amber-500 text-slate-950 ring-amber-200",
  D: "bg-rose-600 text-white ring-rose-200",
};

interface GradeBadgeProps {
  grade: string;
  size?: "sm" | "lg";
  testId?: string;
}

export function GradeBadge({ grade, size = "sm", testId }: GradeBadgeProps) {
  const { t } = useTranslation();
  const style = GRADE_STYLES[grade] ?? "bg-slate-500 text-white ring-slate-200";
  const dims = size === "lg" ? "size-24 text-5xl ring-8 rounded-3xl" : "size-8 text-sm ring-2 rounded-lg";
  return (
    <span
      data-testid={testId}
      role="img"
      aria-label={t("report.gradeLabel", { grade })}
      className={`inline-flex shrink-0 items-center justify-center font-black ${dims} ${style}`}
    >
      {grade}
    </span>
  );
}
