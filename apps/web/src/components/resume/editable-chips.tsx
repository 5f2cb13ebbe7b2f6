import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";

interface EditableChipsProps {
  title: string;
  words: string[];
  empty: string;
  /** Tailwind classes for the chips' colour. */
  tone: string;
  testId: string;
  disabled: boolean;
  /** The whole corrected list; the caller saves it. */
  onChange: (words: string[]) => void;
}

const MAX_WORD = 80;

/** A list of chips the candidate can correct: × removes one, the field below adds a missed one. */
export function EditableChips({ title, words, empty, tone, testId, disabled, onChange }: EditableChipsProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const inputId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const word = draft.trim().slice(0, MAX_WORD);
    if (!word) return;
    setDraft("");
    if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) onChange([...words, word]);
  };
  return (
    <div className="space-y-2" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      {words.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {words.map((word) => (
            <li
              key={word}
              className={`inline-flex items-center gap-1 rounded-full py-1 pl-3 pr-1 text-sm font-medium ${tone}`}
            >
              {word}
              <button
                type="button"
                className="rounded-full px-1.5 text-base leading-none opacity-60 hover:opacity-100 focus-visible:opacity-100"
                aria-label={t("resume.removeChip", { word })}
                disabled={disabled}
                onClick={() => onChange(words.filter((w) => w !== word))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="flex gap-2" onSubmit={add}>
        <label htmlFor={inputId} className="sr-only">
          {t("resume.addTo", { field: title })}
        </label>
        <input
          id={inputId}
          className="min-w-0 flex-1 rounded-lg border border-slate-200 px-3 py-1.5 text-sm"
          value={draft}
          maxLength={MAX_WORD}
          placeholder={t("resume.addPlaceholder", { field: title })}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className={buttonClass("secondary", "sm")} disabled={disabled || !draft.trim()}>
          {t("resume.add")}
        </button>
      </form>
    </div>
  );
}
