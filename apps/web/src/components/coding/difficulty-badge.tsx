import type { Difficulty } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { DIFFICULTY_STYLES } from "../../coding/verdict-styles";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${DIFFICULTY_STYLES[difficulty]}`}
    >
      {t(`coding.difficulty.${difficulty}`)}
    </span>
  );
}
