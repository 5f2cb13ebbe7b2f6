import { type KeyboardEvent, type RefObject, useId } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";

const MAX_CHARS = 20_000;

interface AnswerBoxProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  submitting: boolean;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  placeholder: string;
}

export function AnswerBox({ value, onChange, onSubmit, submitting, inputRef, placeholder }: AnswerBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
  const canSubmit = value.trim().length > 0 && !submitting;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (canSubmit) onSubmit();
    }
  };

  return (
    <div className="space-y-3">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {t("interview.answerLabel")}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        data-testid="answer-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        readOnly={submitting}
        maxLength={MAX_CHARS}
        rows={9}
        placeholder={placeholder}
        aria-describedby={`${id}-count ${id}-hint`}
        className="block w-full resize-y rounded-xl border border-slate-300 bg-white px-4 py-3 text-base leading-7 text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-200 read-only:bg-slate-50"
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex flex-wrap gap-x-3 text-xs text-slate-500">
          <span id={`${id}-count`} data-testid="answer-char-count" className="tabular-nums">
            {t("interview.charCount", { count: value.length })}
          </span>
          <span id={`${id}-hint`}>
            {t("interview.submitHint", { keys: isMac ? "⌘ + Enter" : "Ctrl + Enter" })}
          </span>
        </p>
        <button
          type="button"
          className={buttonClass("primary", "md")}
          onClick={onSubmit}
          disabled={!canSubmit}
          data-testid="submit-answer"
        >
          {submitting ? t("interview.evaluating") : t("interview.submit")}
        </button>
      </div>
    </div>
  );
}
