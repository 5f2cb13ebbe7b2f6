import type { Report } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/**
 * How the interview was set up, in one line under the hero: difficulty, style, format, the question pack or
 * the focused categories, and for a timed interview its length and whether the time ran out first.
 */
export function ReportSetupLine({ setup }: { setup: NonNullable<Report["setup"]> }) {
  const { t } = useTranslation();
  const parts = [
    `${t("setup.difficulty")} ${t(`setup.difficulties.${setup.difficulty}`)}`,
    `${t("setup.style")} ${t(`setup.styles.${setup.style}`)}`,
    t(`setup.formats.${setup.format}`),
    ...(setup.questionPack ? [t(`setup.packs.${setup.questionPack}`)] : []),
    ...(setup.focusCategories?.length
      ? [
          t("setup.focusReport", {
            categories: setup.focusCategories.map((c) => t(`categories.${c}`)).join(", "),
          }),
        ]
      : []),
    ...(setup.lengthMinutes ? [t("setup.lengthReport", { minutes: setup.lengthMinutes })] : []),
    ...(setup.lengthMinutes && setup.wrappedUp ? [t("setup.wrappedUp")] : []),
  ];
  return (
    <p className="text-sm text-slate-600" data-testid="report-setup-line">
      {parts.join(" · ")}
    </p>
  );
}
