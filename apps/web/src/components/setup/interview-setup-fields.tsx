import { stylePauses } from "@studio/interview/setup-timing";
import type { InterviewDifficulty, InterviewerStyle, InterviewFormat, QuestionPack } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { FormField, inputClass } from "../form-field";

export interface InterviewSetupValue {
  difficulty: InterviewDifficulty;
  style: InterviewerStyle;
  format: InterviewFormat;
  /** A 인성/역량 question pack, or "" for the role's usual questions. */
  questionPack: QuestionPack | "";
  /** A pasted job posting; empty for none. */
  postingText: string;
}

export const DEFAULT_SETUP: InterviewSetupValue = {
  difficulty: "intermediate",
  style: "neutral",
  format: "standard",
  questionPack: "",
  postingText: "",
};

const DIFFICULTIES: InterviewDifficulty[] = ["basic", "intermediate", "advanced"];
const STYLES: InterviewerStyle[] = ["friendly", "neutral", "pressure"];
const FORMATS: InterviewFormat[] = ["standard", "intro_1min", "panel"];
const PACKS: (QuestionPack | "")[] = ["", "personality", "competency"];

/** The posting step and the setup step: a pasted posting, difficulty, interviewer style and format. */
export function InterviewSetupFields({
  value,
  onChange,
}: {
  value: InterviewSetupValue;
  onChange: (value: InterviewSetupValue) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof InterviewSetupValue>(key: K, next: InterviewSetupValue[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-5 sm:grid-cols-3" data-testid="interview-setup">
      <div className="sm:col-span-3">
        <FormField label={t("setup.posting")} hint={t("setup.postingHint")}>
          <textarea
            value={value.postingText}
            onChange={(e) => set("postingText", e.target.value)}
            rows={5}
            maxLength={30_000}
            className={inputClass}
            data-testid="posting-text"
          />
        </FormField>
      </div>
      <FormField label={t("setup.difficulty")}>
        <select
          value={value.difficulty}
          onChange={(e) => set("difficulty", e.target.value as InterviewDifficulty)}
          className={inputClass}
          data-testid="setup-difficulty"
        >
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`setup.difficulties.${d}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        label={t("setup.style")}
        hint={t("setup.pauses", { seconds: stylePauses(value.style).beforeQuestionMs / 1000 })}
      >
        <select
          value={value.style}
          onChange={(e) => set("style", e.target.value as InterviewerStyle)}
          className={inputClass}
          data-testid="setup-style"
        >
          {STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`setup.styles.${s}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("setup.format")}>
        <select
          value={value.format}
          onChange={(e) => set("format", e.target.value as InterviewFormat)}
          className={inputClass}
          data-testid="setup-format"
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`setup.formats.${f}`)}
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-3">
        {value.format === "intro_1min" ? (
          <p className="text-sm leading-6 text-slate-600" data-testid="intro-format-hint">
            {t("setup.introHint")}
          </p>
        ) : value.format !== "standard" ? null : (
          <FormField label={t("setup.pack")} hint={t("setup.packHint")}>
            <select
              value={value.questionPack}
              onChange={(e) => set("questionPack", e.target.value as QuestionPack | "")}
              className={inputClass}
              data-testid="setup-pack"
            >
              {PACKS.map((p) => (
                <option key={p || "none"} value={p}>
                  {t(`setup.packs.${p || "none"}`)}
                </option>
              ))}
            </select>
          </FormField>
        )}
      </div>
    </div>
  );
}
