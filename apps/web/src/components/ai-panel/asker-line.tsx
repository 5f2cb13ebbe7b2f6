import type { PanelMember } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** "The interviewer asks", or in a panel practice which of the AI interviewers asks, with their colour. */
export function AskerLine({ asker }: { asker?: PanelMember | undefined }) {
  const { t } = useTranslation();
  if (!asker)
    return (
      <p className="text-xs font-semibold tracking-wide text-brand-700">{t("interview.interviewerAsks")}</p>
    );
  return (
    <p
      data-testid="question-asker"
      data-persona={asker.id}
      className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-brand-700"
    >
      <span
        aria-hidden="true"
        className="size-2.5 rounded-full"
        style={{ backgroundColor: asker.look.jacket }}
      />
      {t("panelPractice.asks", { name: asker.name, title: asker.title })}
    </p>
  );
}
