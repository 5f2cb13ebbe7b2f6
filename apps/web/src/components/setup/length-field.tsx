import { INTERVIEW_MINUTES, questionsForMinutes } from "@studio/interview/setup-timing";
import type { InterviewDifficulty } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { FormField, inputClass } from "../form-field";

interface LengthFieldProps {
  /** Minutes, or null when the length is a number of questions. */
  minutes: number | null;
  answerTimeLimitSec: number;
  difficulty: InterviewDifficulty;
  onChange: (minutes: number | null) => void;
}

/** The interview's length: a number of questions (set beside it), or 10/20/30/45 minutes. */
export function LengthField({ minutes, answerTimeLimitSec, difficulty, onChange }: LengthFieldProps) {
  const { t } = useTranslation();
  const planned = minutes ? questionsForMinutes(minutes, answerTimeLimitSec, difficulty) : null;
  return (
    <FormField
      label={t("setup.length")}
      hint={
        planned
          ? `${t("setup.plannedQuestions", { count: planned })} · ${t("setup.lengthHint")}`
          : t("setup.lengthHint")
      }
    >
      <select
        value={minutes ?? ""}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
        className={inputClass}
        data-testid="setup-length"
      >
        <option value="">{t("setup.lengthByCount")}</option>
        {INTERVIEW_MINUTES.map((m) => (
          <option key={m} value={m}>
            {t("setup.lengthMinutes", { count: m })}
          </option>
        ))}
      </select>
    </FormField>
  );
}
