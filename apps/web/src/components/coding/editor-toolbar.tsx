import { CODING_LANGUAGES, type CodingLanguage } from "@studio/protocol";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_LABELS } from "../../coding/language-labels";
import { buttonClass } from "../button-styles";

interface EditorToolbarProps {
  language: CodingLanguage;
  onLanguageChange: (language: CodingLanguage) => void;
  onReset: () => void;
  canReset: boolean;
  disabled: boolean;
}

export function EditorToolbar({
  language,
  onLanguageChange,
  onReset,
  canReset,
  disabled,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
      <label htmlFor={selectId} className="sr-only">
        {t("coding.language")}
      </label>
      <select
        id={selectId}
        data-testid="language-picker"
        value={language}
        disabled={disabled}
        onChange={(event) => onLanguageChange(event.target.value as CodingLanguage)}
        className="h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-50"
      >
        {CODING_LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {LANGUAGE_LABELS[lang]}
          </option>
        ))}
      </select>
      <span className="hidden text-xs text-slate-500 sm:inline">{t("coding.autosave")}</span>
      <button
        type="button"
        data-testid="reset-code"
        className={buttonClass("ghost", "sm", "ml-auto")}
        onClick={onReset}
        disabled={!canReset || disabled}
        title={t("coding.resetHint")}
      >
        {t("coding.reset")}
      </button>
    </div>
  );
}
